package io.switchboard.router.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.outbox.ChannelBreakerState;
import io.switchboard.router.outbox.ChannelBreakers.Admission;
import io.switchboard.testing.ShiftableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A platform down for everyone is called by one probe at a time, at growing intervals, until it answers. */
class ChannelBreakersTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Admission GO = new Admission.Go(false);
    private static final Admission PROBE = new Admission.Go(true);

    private final ShiftableClock clock = ShiftableClock.stoppedAt(T0);
    private final ChannelBreakers breakers = new ChannelBreakers(3, Duration.ofSeconds(5), Duration.ofSeconds(30), channel -> true);

    @Test
    void staffSeeOnlyTheChannelsWhoseConnectorIsOn() {
        ChannelBreakers telegramOnly = new ChannelBreakers(3, Duration.ofSeconds(5), Duration.ofSeconds(30),
                channel -> channel == Channel.TELEGRAM);

        assertThat(telegramOnly.states()).extracting(ChannelBreakerState::channel).containsExactly(Channel.TELEGRAM);
    }

    @Test
    void fewerFailuresInARowThanTheThresholdKeepSending() {
        breakers.failed(Channel.TELEGRAM, "502", clock.instant());
        breakers.failed(Channel.TELEGRAM, "502", clock.instant());
        breakers.answered(Channel.TELEGRAM);
        breakers.failed(Channel.TELEGRAM, "502", clock.instant());
        breakers.failed(Channel.TELEGRAM, "502", clock.instant());

        assertThat(breakers.admit(Channel.TELEGRAM, clock.instant())).isEqualTo(GO);
    }

    @Test
    void afterThreeFailuresOnlyOneProbeGoesAtGrowingCappedIntervalsUntilOneGetsThrough() {
        for (int i = 0; i < 3; i++) {
            breakers.failed(Channel.TELEGRAM, "502 Bad Gateway", clock.instant());
        }
        assertThat(breakers.admit(Channel.TELEGRAM, clock.instant())).isEqualTo(new Admission.Hold(T0.plusSeconds(5)));
        assertThat(breakers.admit(Channel.FACEBOOK, clock.instant())).as("other channels go on").isEqualTo(GO);
        assertThat(breakers.states().get(0)).isEqualTo(new ChannelBreakerState(Channel.TELEGRAM, true, false, 3,
                T0.plusSeconds(5), "502 Bad Gateway"));

        clock.advance(Duration.ofSeconds(5));
        assertThat(breakers.admit(Channel.TELEGRAM, clock.instant())).isEqualTo(PROBE);
        assertThat(breakers.admit(Channel.TELEGRAM, clock.instant())).as("one probe at a time")
                .isInstanceOf(Admission.Hold.class);
        breakers.failed(Channel.TELEGRAM, "502 Bad Gateway", clock.instant());
        assertThat(breakers.admit(Channel.TELEGRAM, clock.instant()))
                .as("the wait doubles").isEqualTo(new Admission.Hold(clock.instant().plusSeconds(10)));

        for (int probe = 0; probe < 5; probe++) {
            clock.advance(Duration.ofSeconds(30));
            assertThat(breakers.admit(Channel.TELEGRAM, clock.instant())).isEqualTo(PROBE);
            breakers.failed(Channel.TELEGRAM, "timeout", clock.instant());
        }
        assertThat(breakers.admit(Channel.TELEGRAM, clock.instant()))
                .as("capped").isEqualTo(new Admission.Hold(clock.instant().plusSeconds(30)));

        clock.advance(Duration.ofSeconds(30));
        assertThat(breakers.admit(Channel.TELEGRAM, clock.instant())).isEqualTo(PROBE);
        breakers.answered(Channel.TELEGRAM);
        assertThat(breakers.admit(Channel.TELEGRAM, clock.instant())).isEqualTo(GO);
        assertThat(breakers.states().get(0).open()).isFalse();
    }

    @Test
    void aRateLimitHoldsTheWholeChannelForTheRetryAfterThenProbes() {
        breakers.rateLimited(Channel.TELEGRAM, "429 retry after 7", T0.plusSeconds(7));

        assertThat(breakers.admit(Channel.TELEGRAM, T0.plusSeconds(6))).isEqualTo(new Admission.Hold(T0.plusSeconds(7)));
        assertThat(breakers.states().get(0).rateLimited()).isTrue();
        assertThat(breakers.admit(Channel.TELEGRAM, T0.plusSeconds(7))).isEqualTo(PROBE);
    }

    @Test
    void aProbeHeldBackByOurOwnThrottleLetsTheNextSendProbe() {
        for (int i = 0; i < 3; i++) {
            breakers.failed(Channel.TWITTER, "503", T0);
        }
        assertThat(breakers.admit(Channel.TWITTER, T0.plusSeconds(5))).isEqualTo(PROBE);
        breakers.probeNotSent(Channel.TWITTER);

        assertThat(breakers.admit(Channel.TWITTER, T0.plusSeconds(5))).isEqualTo(PROBE);
    }

    @Test
    void staffRetryingNowProbesAtOnceButNotInsideAPlatformsRateLimitWindow() {
        for (int i = 0; i < 3; i++) {
            breakers.failed(Channel.TELEGRAM, "502", T0);
        }
        breakers.probeNow(Channel.TELEGRAM, T0.plusSeconds(1));
        assertThat(breakers.admit(Channel.TELEGRAM, T0.plusSeconds(1))).isEqualTo(PROBE);

        breakers.rateLimited(Channel.FACEBOOK, "429", T0.plusSeconds(60));
        breakers.probeNow(Channel.FACEBOOK, T0.plusSeconds(1));
        assertThat(breakers.admit(Channel.FACEBOOK, T0.plusSeconds(1))).isInstanceOf(Admission.Hold.class);
    }
}
