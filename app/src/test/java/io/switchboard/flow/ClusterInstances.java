package io.switchboard.flow;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several instances of the application on one schema of the machine's PostgreSQL (127.0.0.1,
 * database {@code test}), for the {@code Cluster*Test} classes: each run starts from an empty schema.
 */
public final class ClusterInstances implements AutoCloseable {

    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    /**
     * Drops what an earlier run left of {@code schema}, then starts {@code count} instances one after
     * the other: the first migrates the schema, the others find it migrated.
     */
    public static ClusterInstances start(String schema, int count, Supplier<ConfigurableApplicationContext> instance)
            throws SQLException {
        FlowTestSupport.dropSchema(schema);
        ClusterInstances instances = new ClusterInstances();
        for (int i = 0; i < count; i++) {
            instances.running.add(instance.get());
        }
        return instances;
    }

    /**
     * The arguments an instance starts with: the {@code cluster} profile on {@code schema} of the machine's
     * PostgreSQL, the admin's password, new tickets announced in memory rather than to RabbitMQ (these tests watch
     * no ticket queue), a free port; then {@code more}.
     */
    public static String[] arguments(String schema, String... more) {
        String[] cluster = {
            "--spring.profiles.active=cluster",
            "--spring.datasource.url=" + FlowTestSupport.POSTGRES + "?currentSchema=" + schema,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--spring.flyway.schemas=" + schema,
            "--switchboard.admin.password=" + FlowTestSupport.ADMIN_PASSWORD,
            "--switchboard.tickets.queue-uri=seda:tickets",
            "--server.port=0",
        };
        return Stream.concat(Stream.of(cluster), Stream.of(more)).toArray(String[]::new);
    }

    public List<ConfigurableApplicationContext> all() {
        return List.copyOf(running);
    }

    /** Stops them, the last started first. */
    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        running.clear();
    }
}
