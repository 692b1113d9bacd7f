package io.switchboard.admin.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A suggestion's badge: only what clears the engine's own threshold looks sure. */
class ConfidenceTest {

    @Test
    void onePercentAndThreePercentAreLongShotsNotSure() {
        assertThat(Confidence.of(0.01, 0.65)).isEqualTo(Confidence.WEAK);
        assertThat(Confidence.of(0.03, 0.65)).isEqualTo(Confidence.WEAK);
        assertThat(Confidence.WEAK.badge()).isEqualTo("weak");
    }

    @Test
    void theBandsFollowTheThresholdOfWhereTheMemberAsked() {
        assertThat(Confidence.of(0.65, 0.65)).isEqualTo(Confidence.SURE);
        assertThat(Confidence.of(0.99, 0.65).badge()).isEqualTo("ok");
        assertThat(Confidence.of(0.5, 0.65)).isEqualTo(Confidence.POSSIBLE);
        assertThat(Confidence.of(0.5, 0.65).badge()).isEqualTo("warn");
        assertThat(Confidence.of(0.3, 0.65)).isEqualTo(Confidence.WEAK);
        // the same 0.5 is sure in a private chat, where the engine answers from 0.45
        assertThat(Confidence.of(0.5, 0.45)).isEqualTo(Confidence.SURE);
    }
}
