package io.switchboard.core.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureStreakTest {

    private final FailureStreak streak =
            new FailureStreak(Backoff.withoutJitter(Duration.ofSeconds(1), Duration.ofMinutes(1)));

    @Test
    void eachFailureInARowWaitsTwiceAsLongUpToTheMaximum() {
        assertThat(streak.failed()).isEqualTo(Duration.ofSeconds(1));
        assertThat(streak.failed()).isEqualTo(Duration.ofSeconds(2));
        assertThat(streak.failed()).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 10; i++) {
            streak.failed();
        }
        assertThat(streak.failed()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aSuccessStartsOver() {
        streak.failed();
        streak.failed();

        streak.succeeded();

        assertThat(streak.failed()).isEqualTo(Duration.ofSeconds(1));
    }
}
