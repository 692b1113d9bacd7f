package io.switchboard.bench;

import io.switchboard.testing.ApplicationSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where the open-loop series runs the application: the database and how many instances share it. */
enum OpenLoopTarget {
    /** One instance on a file H2 with the JDBC URL the application ships (application.yml), in a temporary folder. */
    H2(1, "file H2 as shipped, 1 instance"),
    /** One instance in the {@code cluster} profile on the machine's PostgreSQL. */
    POSTGRES(1, "PostgreSQL, cluster profile, 1 instance"),
    /** Two instances in the {@code cluster} profile on one PostgreSQL schema, updates split between them. */
    POSTGRES2(2, "PostgreSQL, cluster profile, 2 instances");

    /** The machine's PostgreSQL (trust authentication), as the cluster tests use it. */
    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String POSTGRES_USER = "postgres";
    /** The bench's own schema, dropped before each target so that runs never mix. */
    static final String SCHEMA = "switchboard_bench_openloop";

    final int instances;
    final String description;

    OpenLoopTarget(int instances, String description) {
        this.instances = instances;
        this.description = description;
    }

    String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @param names target names joined by commas ({@code h2,postgres2}) */
    static List<OpenLoopTarget> parse(String names) {
        List<OpenLoopTarget> targets = new ArrayList<>();
        for (String name : names.split(",", -1)) {
            targets.add(Arrays.stream(values()).filter(t -> t.optionName().equals(name.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--openloop-targets: no target '" + name
                            + "'; some of " + Arrays.stream(values()).map(OpenLoopTarget::optionName)
                                    .collect(Collectors.joining(",")))));
        }
        return List.copyOf(targets);
    }

    /** A fresh, empty database for this target: a new temporary folder for H2, the bench's schema dropped. */
    Database freshDatabase() {
        if (this == H2) {
            try {
                Path file = Files.createTempDirectory("switchboard-bench-h2").resolve("switchboard");
                return new Database(ApplicationSettings.shippedH2Url(file), "sa", List.of());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the H2 folder", e);
            }
        }
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "")) {
            connection.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES_URL + " (user " + POSTGRES_USER
                    + ", trust) is needed for the target " + optionName() + ": " + e.getMessage(), e);
        }
        return new Database(POSTGRES_URL + "?currentSchema=" + SCHEMA, POSTGRES_USER, List.of(
                "--spring.profiles.active=cluster", "--spring.datasource.username=" + POSTGRES_USER,
                "--spring.datasource.password=", "--spring.flyway.schemas=" + SCHEMA));
    }

    /**
     * @param jdbcUrl where the application and, once it stopped, the bench's reading of the figures connect
     * @param user the database user, with an empty password
     * @param arguments what the application needs besides the URL (the cluster profile)
     */
    record Database(String jdbcUrl, String user, List<String> arguments) {

        List<String> applicationArguments() {
            List<String> all = new ArrayList<>(arguments);
            all.add(0, "--spring.datasource.url=" + jdbcUrl);
            return all;
        }
    }
}
