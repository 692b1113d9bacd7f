package io.switchboard.router.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.router.config.Rate;
import io.switchboard.router.outbox.RetryPolicy.Retry;
import io.switchboard.router.outbox.RetryPolicy.Verdict;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final String GROUP = "-1002000000002";

    private final SendThrottle throttle =
            new SendThrottle(Rate.valueOf("30/1s"), Rate.valueOf("1/1s"), Rate.valueOf("20/1s"));
    /** No jitter taken off: the waits are 1 s, 2 s, 4 s... */
    private final RetryPolicy policy =
            new RetryPolicy(throttle, new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), () -> 1.0), 3);

    @Test
    void aRateLimitWaitsForTheRetryAfterWithoutCountingATryAndHoldsBackTheWholeChat() {
        Retry retry = policy.afterFailure(DeliveryException.rateLimited(Duration.ofSeconds(7), "429"), 1,
                Channel.TELEGRAM, GROUP, false, T0);

        assertThat(retry).isEqualTo(new Retry(Verdict.WAIT_FOR_PLATFORM, T0.plusSeconds(7), 1));
        assertThat(throttle.acquire(Channel.TELEGRAM, GROUP, false, T0.plusSeconds(1)))
                .as("nothing else goes to that chat before then").isEqualTo(Duration.ofSeconds(6));
        assertThat(throttle.acquire(Channel.TELEGRAM, "-1002000000003", false, T0.plusSeconds(1)))
                .as("other chats go on").isZero();
    }

    @Test
    void aTransientFailureIsTriedAgainAfterTheGrowingBackoff() {
        DeliveryException down = DeliveryException.transientFailure("HTTP 502", null);

        assertThat(policy.afterFailure(down, 0, Channel.TWITTER, "x", false, T0))
                .isEqualTo(new Retry(Verdict.BACK_OFF, T0.plusSeconds(1), 1));
        assertThat(policy.afterFailure(down, 1, Channel.TWITTER, "x", false, T0))
                .isEqualTo(new Retry(Verdict.BACK_OFF, T0.plusSeconds(2), 2));
    }

    @Test
    void theLastAllowedTryFailingGivesUp() {
        Retry retry = policy.afterFailure(DeliveryException.transientFailure("timeout", null), 2, Channel.FACEBOOK,
                "page", false, T0);

        assertThat(retry).isEqualTo(new Retry(Verdict.TRIED_OUT, null, 3));
    }

    @Test
    void aRefusalGivesUpAtOnce() {
        Retry retry = policy.afterFailure(DeliveryException.permanent("bot was kicked", null), 0, Channel.TELEGRAM,
                GROUP, false, T0);

        assertThat(retry).isEqualTo(new Retry(Verdict.REFUSED, null, 1));
        assertThat(throttle.acquire(Channel.TELEGRAM, GROUP, false, T0)).as("a refusal pauses nothing").isZero();
    }
}
