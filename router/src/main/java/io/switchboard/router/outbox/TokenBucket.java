package io.switchboard.router.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket in its "generic cell rate" form: one permit every {@code interval}, up to
 * {@code burst} permits at once after a quiet spell. It keeps a single instant, the time the next
 * permit is due at the steady rate. Not thread-safe; {@link SendThrottle} guards it.
 */
final class TokenBucket {

    private final Duration interval;
    /** How far ahead of the steady rate a burst may run. */
    private final Duration tolerance;
    private Instant nextDue = Instant.MIN;

    TokenBucket(int burst, Duration interval) {
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, got " + burst);
        }
        this.interval = interval;
        this.tolerance = interval.multipliedBy(burst - 1L);
    }

    /** How long until a permit is free; zero when one is free now. Takes nothing. */
    Duration waitAt(Instant now) {
        Instant allowedAt = steady(now).minus(tolerance);
        return now.isBefore(allowedAt) ? Duration.between(now, allowedAt) : Duration.ZERO;
    }

    /** Takes a permit; call only when {@link #waitAt} said zero. */
    void take(Instant now) {
        nextDue = steady(now).plus(interval);
    }

    /** No permit before {@code until} (the platform asked us to wait). */
    void blockUntil(Instant until) {
        Instant due = until.plus(tolerance);
        if (due.isAfter(nextDue)) {
            nextDue = due;
        }
    }

    private Instant steady(Instant now) {
        return nextDue.isAfter(now) ? nextDue : now;
    }
}
