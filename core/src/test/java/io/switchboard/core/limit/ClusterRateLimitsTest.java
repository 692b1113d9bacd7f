package io.switchboard.core.limit;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.cluster.ClusterConfiguration;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances on the machine's PostgreSQL (127.0.0.1, database {@code test}) with the cluster
 * profile's {@code switchboard.cluster.rate-limits=postgres}: a limit holds for both together. Runs
 * in the {@code cluster} Maven profile only.
 */
class ClusterRateLimitsTest {

    private static final String SCHEMA = "rate_limits_test_" + ProcessHandle.current().pid();
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final ApplicationContextRunner instance = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withUserConfiguration(ClusterConfiguration.class, RateLimitConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("spring.datasource.url=" + URL + "?currentSchema=" + SCHEMA,
                    "spring.datasource.username=postgres", "spring.datasource.password=",
                    "switchboard.cluster.rate-limits=postgres");

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, "postgres", "").schemas(SCHEMA).load().migrate();
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection connection = new DriverManagerDataSource(URL, "postgres", "").getConnection()) {
            connection.createStatement().execute("drop schema " + SCHEMA + " cascade");
        }
    }

    @Test
    void twoInstancesDrawOnOneLimit() {
        LimitRule twoAnHour = LimitRule.perWindow(2, Duration.ofHours(1));
        instance.run(first -> instance.run(second -> {
            RateLimit onFirst = first.getBean(RateLimits.class).limit("test.shared", twoAnHour);
            RateLimit onSecond = second.getBean(RateLimits.class).limit("test.shared", twoAnHour);

            assertThat(onFirst.tryTake("member-1")).isZero();
            assertThat(onSecond.tryTake("member-1")).isZero();

            assertThat(onFirst.tryTake("member-1")).as("the other instance took the second permit").isPositive();
            assertThat(onSecond.tryTake("member-1")).isPositive();
            assertThat(onSecond.tryTake("member-2")).as("another key").isZero();
        }));
    }

    @Test
    void aHoldSetOnOneInstanceHoldsOnTheOther() {
        instance.run(first -> instance.run(second -> {
            first.getBean(RateLimits.class).hold("test.hold").holdUntil("chat-1",
                    Clock.systemUTC().instant().plusSeconds(60));

            assertThat(second.getBean(RateLimits.class).hold("test.hold").remaining("chat-1"))
                    .isGreaterThan(Duration.ofSeconds(50));
        }));
    }
}
