package io.switchboard.flow;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
