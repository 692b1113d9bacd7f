package io.switchboard.core.limit;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.cluster.ClusterConfiguration;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RateLimitConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withUserConfiguration(ClusterConfiguration.class, RateLimitConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:limits;MODE=PostgreSQL");

    @Test
    void oneProcessKeepsItsLimitsInMemory() {
        context.run(app -> {
            RateLimit limit = app.getBean(RateLimits.class).limit("test.memory", LimitRule.spaced(1, Duration.ofMinutes(1)));
            assertThat(limit.tryTake("a")).isZero();
            assertThat(limit.tryTake("a")).isPositive();
        });
    }

    @Test
    void limitsInPostgresOnAnotherDatabaseStopStartUpSayingWhy() {
        context.withPropertyValues("switchboard.cluster.rate-limits=postgres").run(app -> assertThat(app).hasFailed()
                .getFailure().rootCause().hasMessageContaining("switchboard.cluster.rate-limits=postgres")
                .hasMessageContaining("jdbc:h2:...").hasMessageNotContaining("mem:limits"));
    }
}
