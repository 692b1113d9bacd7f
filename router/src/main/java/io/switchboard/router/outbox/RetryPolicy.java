package io.switchboard.router.outbox;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.retry.Backoff;
import io.switchboard.router.config.DeliveryProperties;
import io.switchboard.router.config.RouterProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What follows a platform call, for replies and announcement copies alike. Before the call the
 * channel's {@link ChannelBreakers breaker} is asked whether the platform is to be called at all.
 * After a failure: a 429 waits for the platform's retry_after without counting a try, and nothing
 * goes to that channel before then; another transient failure is tried again after the
 * {@link Backoff} for as long as {@code delivery.retry-for} allows; a refusal is final.
 */
@Component
public class RetryPolicy {

    /** The decision on one failed call. */
    public enum Verdict {
        /** The platform asked us to wait: try again at {@link Retry#at()}; this try does not count. */
        WAIT_FOR_PLATFORM,
        /** Try again at {@link Retry#at()}, after the backoff. */
        BACK_OFF,
        /** Transient failures went on for longer than the retry window: give up. */
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
    private final ChannelBreakers breakers;
    private final Backoff backoff;
    private final Duration retryFor;

    @Autowired
    RetryPolicy(RouterProperties properties, DeliveryProperties delivery, SendThrottle throttle,
            ChannelBreakers breakers) {
        this(throttle, breakers, new Backoff(properties.backoffBase(), properties.backoffMax(),
                () -> ThreadLocalRandom.current().nextDouble()), delivery.retryFor());
    }

    RetryPolicy(SendThrottle throttle, ChannelBreakers breakers, Backoff backoff, Duration retryFor) {
        this.throttle = throttle;
        this.breakers = breakers;
        this.backoff = backoff;
        this.retryFor = retryFor;
    }

    /** Whether to call the channel's platform now (see {@link ChannelBreakers#admit}). */
    public ChannelBreakers.Admission admit(Channel channel, Instant now) {
        return breakers.admit(channel, now);
    }

    /** An admitted probe was not sent after all. */
    public void notSent(Channel channel, ChannelBreakers.Admission admission) {
        if (admission instanceof ChannelBreakers.Admission.Go go && go.probe()) {
            breakers.probeNotSent(channel);
        }
    }

    /** The platform took the call. */
    public void succeeded(Channel channel) {
        breakers.answered(channel);
    }

    /**
     * Decides what follows {@code failure}; on a 429 also pauses the chat in the {@link SendThrottle}
     * and the whole channel in its breaker.
     *
     * @param failedBefore the tries of this send that had failed before this one
     * @param since when the send was queued: transient failures are retried until {@code retry-for}
     *     after it; null to count the window in tries instead (the backoff's waits added up)
     * @param chatId the chat (or other target) the call went to
     */
    public Retry afterFailure(DeliveryException failure, int failedBefore, Instant since, Channel channel,
            String chatId, Instant now) {
        String error = failure.kind() + ": " + failure.getMessage();
        switch (failure.kind()) {
            case RATE_LIMITED -> {
                Instant retryAt = now.plus(failure.retryAfter());
                throttle.pause(channel, chatId, retryAt);
                breakers.rateLimited(channel, error, retryAt);
                return new Retry(Verdict.WAIT_FOR_PLATFORM, retryAt, failedBefore);
            }
            case TRANSIENT -> {
                breakers.failed(channel, error, now);
                int failedTries = failedBefore + 1;
                Instant next = now.plus(backoff.delayAfter(failedTries));
                return withinWindow(since, failedTries, next)
                        ? new Retry(Verdict.BACK_OFF, next, failedTries)
                        : new Retry(Verdict.TRIED_OUT, null, failedTries);
            }
            default -> {
                // the platform answered, if only with a no: it is up
                breakers.answered(channel);
                return new Retry(Verdict.REFUSED, null, failedBefore + 1);
            }
        }
    }

    private boolean withinWindow(Instant since, int failedTries, Instant next) {
        if (since != null) {
            return !next.isAfter(since.plus(retryFor));
        }
        return backoff.longestTotal(failedTries).compareTo(retryFor) <= 0;
    }
}
