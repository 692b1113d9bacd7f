package io.switchboard.router.outbox;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.router.config.RouterProperties;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What follows a platform call that failed, for replies and announcement copies alike: a 429 waits
 * for the platform's retry_after without counting a try, and nothing else goes to that chat before
 * then; another transient failure is tried again after the {@link Backoff} until
 * {@code max-delivery-attempts} tries have failed; a refusal is final.
 */
@Component
public class RetryPolicy {

    /** The decision on one failed call. */
    public enum Verdict {
        /** The platform asked us to wait: try again at {@link Retry#at()}; this try does not count. */
        WAIT_FOR_PLATFORM,
        /** Try again at {@link Retry#at()}, after the backoff. */
        BACK_OFF,
        /** Transient failures used up the tries: give up. */
        TRIED_OUT,
        /** The platform refused for good: give up. */
        REFUSED
    }

    /**
     * @param at when to try again; null when giving up
     * @param failedTries the failed tries so far counting this one (a 429 does not count)
     */
    public record Retry(Verdict verdict, Instant at, int failedTries) {
    }

    private final SendThrottle throttle;
    private final Backoff backoff;
    private final int maxAttempts;

    @Autowired
    RetryPolicy(RouterProperties properties, SendThrottle throttle) {
        this(throttle, new Backoff(properties.backoffBase(), properties.backoffMax(),
                () -> ThreadLocalRandom.current().nextDouble()), properties.maxDeliveryAttempts());
    }

    RetryPolicy(SendThrottle throttle, Backoff backoff, int maxAttempts) {
        this.throttle = throttle;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Decides what follows {@code failure}; on a 429 also pauses the chat in the {@link SendThrottle}.
     *
     * @param failedBefore the tries of this send that had failed before this one
     * @param chatId the chat (or other target) the call went to
     */
    public Retry afterFailure(DeliveryException failure, int failedBefore, Channel channel, String chatId,
            boolean privateChat, Instant now) {
        switch (failure.kind()) {
            case RATE_LIMITED -> {
                Instant retryAt = now.plus(failure.retryAfter());
                throttle.pause(channel, chatId, privateChat, retryAt);
                return new Retry(Verdict.WAIT_FOR_PLATFORM, retryAt, failedBefore);
            }
            case TRANSIENT -> {
                int failedTries = failedBefore + 1;
                return failedTries < maxAttempts
                        ? new Retry(Verdict.BACK_OFF, now.plus(backoff.delayAfter(failedTries)), failedTries)
                        : new Retry(Verdict.TRIED_OUT, null, failedTries);
            }
            default -> {
                return new Retry(Verdict.REFUSED, null, failedBefore + 1);
            }
        }
    }
}
