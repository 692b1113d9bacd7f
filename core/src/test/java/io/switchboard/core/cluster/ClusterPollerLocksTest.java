package io.switchboard.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances sharing the machine's PostgreSQL (127.0.0.1, database {@code test}): a poller runs
 * on one of them at a time, and the other takes it over once the first is gone. Runs in the
 * {@code cluster} Maven profile only.
 */
class ClusterPollerLocksTest {

    private static final String POLLER = "cluster-test-poller-" + ProcessHandle.current().pid();

    private final PostgresPollerLocks first = new PostgresPollerLocks(postgres());
    private final PostgresPollerLocks second = new PostgresPollerLocks(postgres());

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void aPollerRunsOnOneInstanceAtATime() {
        assertThat(first.mayPoll(POLLER)).isTrue();
        assertThat(second.mayPoll(POLLER)).as("the other instance stands by").isFalse();
        assertThat(first.mayPoll(POLLER)).as("the holder keeps it").isTrue();
        assertThat(second.mayPoll(POLLER + "-other")).as("another poller is free").isTrue();
    }

    @Test
    void theStandbyTakesOverWhenTheHolderStops() {
        assertThat(first.mayPoll(POLLER)).isTrue();
        assertThat(second.mayPoll(POLLER)).isFalse();

        first.close();

        assertThat(second.mayPoll(POLLER)).isTrue();
        assertThat(first.mayPoll(POLLER)).as("the old holder, back, stands by").isFalse();
    }

    private static DriverManagerDataSource postgres() {
        return new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
    }
}
