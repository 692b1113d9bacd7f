package io.switchboard.router.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.core.retry.Backoff;
import io.switchboard.router.config.Rate;
import io.switchboard.router.outbox.RetryPolicy.Retry;
import io.switchboard.router.outbox.RetryPolicy.Verdict;
import io.switchboard.testing.ShiftableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final String GROUP = "-1002000000002";

    private final ShiftableClock clock = ShiftableClock.stoppedAt(T0);
    private final SendThrottle throttle = new SendThrottle(RateLimits.inMemory(clock),
            Rate.valueOf("30/1s"), Rate.valueOf("1/1s"), Rate.valueOf("20/1s"), Duration.ZERO, clock);
    private final ChannelBreakers breakers = new ChannelBreakers(3, Duration.ofSeconds(5), Duration.ofMinutes(1), channel -> true);
    /** No jitter taken off: the waits are 1 s, 2 s, 4 s... up to 5 minutes; retried for an hour. */
    private final RetryPolicy policy = new RetryPolicy(throttle, breakers,
            new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), () -> 1.0), Duration.ofHours(1));

    @Test
    void aRateLimitWaitsForTheRetryAfterWithoutCountingATryAndHoldsBackTheWholeChannel() {
        Retry retry = policy.afterFailure(DeliveryException.rateLimited(Duration.ofSeconds(7), "429"), 1, T0,
                Channel.TELEGRAM, GROUP, T0);

        assertThat(retry).isEqualTo(new Retry(Verdict.WAIT_FOR_PLATFORM, T0.plusSeconds(7), 1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.acquire(Channel.TELEGRAM, GROUP, false))
                .as("nothing else goes to that chat before then").isEqualTo(Duration.ofSeconds(6));
        assertThat(policy.admit(Channel.TELEGRAM, T0.plusSeconds(1)))
                .as("no other chat is called during the window either")
                .isEqualTo(new ChannelBreakers.Admission.Hold(T0.plusSeconds(7)));
        assertThat(policy.admit(Channel.TWITTER, T0.plusSeconds(1))).as("other channels go on")
                .isEqualTo(new ChannelBreakers.Admission.Go(false));
    }

    @Test
    void aTransientFailureIsTriedAgainAfterTheGrowingBackoff() {
        DeliveryException down = DeliveryException.transientFailure("HTTP 502", null);

        assertThat(policy.afterFailure(down, 0, T0, Channel.TWITTER, "x", T0))
                .isEqualTo(new Retry(Verdict.BACK_OFF, T0.plusSeconds(1), 1));
        assertThat(policy.afterFailure(down, 1, T0, Channel.TWITTER, "x", T0))
                .isEqualTo(new Retry(Verdict.BACK_OFF, T0.plusSeconds(2), 2));
    }

    /** The old policy gave up after 5 tries, some 15 seconds: an outage of minutes lost replies for good. */
    @Test
    void transientFailuresAreRetriedForTheWholeWindowWithTheWaitCappedNotByACountOfTries() {
        DeliveryException down = DeliveryException.transientFailure("HTTP 502", null);
        Instant now = T0.plus(Duration.ofMinutes(50));

        assertThat(policy.afterFailure(down, 30, T0, Channel.TELEGRAM, "7", now))
                .as("the 31st failure, 50 minutes in: the wait stays at the cap")
                .isEqualTo(new Retry(Verdict.BACK_OFF, now.plus(Duration.ofMinutes(5)), 31));
    }

    @Test
    void aTryThatWouldFallPastTheWindowGivesUp() {
        Instant now = T0.plus(Duration.ofMinutes(56));

        Retry retry = policy.afterFailure(DeliveryException.transientFailure("timeout", null), 40, T0,
                Channel.FACEBOOK, "page", now);

        assertThat(retry).isEqualTo(new Retry(Verdict.TRIED_OUT, null, 41));
    }

    @Test
    void withoutAQueueTimeTheWindowIsCountedInTheBackoffsWaits() {
        DeliveryException down = DeliveryException.transientFailure("HTTP 503", null);

        // 1+2+...+256 s = 511 s, then 300 s each: 19 tries fit in an hour, the 20th does not
        assertThat(policy.afterFailure(down, 18, null, Channel.TELEGRAM, "-100", T0).verdict())
                .isEqualTo(Verdict.BACK_OFF);
        assertThat(policy.afterFailure(down, 19, null, Channel.TELEGRAM, "-100", T0).verdict())
                .isEqualTo(Verdict.TRIED_OUT);
    }

    @Test
    void aRefusalGivesUpAtOnce() {
        Retry retry = policy.afterFailure(DeliveryException.permanent("bot was kicked", null), 0, T0,
                Channel.TELEGRAM, GROUP, T0);

        assertThat(retry).isEqualTo(new Retry(Verdict.REFUSED, null, 1));
        assertThat(throttle.acquire(Channel.TELEGRAM, GROUP, false)).as("a refusal pauses nothing").isZero();
    }
}
