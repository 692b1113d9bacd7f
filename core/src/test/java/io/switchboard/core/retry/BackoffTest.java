package io.switchboard.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static Backoff withJitter(double random) {
        return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), () -> random);
    }

    @Test
    void waitDoublesAfterEachFailure() {
        Backoff noJitterTakenOff = withJitter(1.0);

        assertThat(noJitterTakenOff.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(noJitterTakenOff.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(noJitterTakenOff.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(noJitterTakenOff.delayAfter(9)).isEqualTo(Duration.ofSeconds(256));
    }

    @Test
    void waitNeverExceedsTheMaximum() {
        assertThat(withJitter(1.0).delayAfter(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(withJitter(1.0).delayAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitterTakesOffAtMostHalf() {
        assertThat(withJitter(0.0).delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(withJitter(0.5).delayAfter(3)).isEqualTo(Duration.ofSeconds(3));
        assertThat(withJitter(0.0).delayAfter(100)).isEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void failedTriesStartAtOne() {
        assertThatThrownBy(() -> withJitter(1.0).delayAfter(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
