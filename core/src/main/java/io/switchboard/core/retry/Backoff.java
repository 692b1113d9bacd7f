package io.switchboard.core.retry;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The one retry policy of the application: waits between failed tries of {@code base}, doubled
 * after each further failure, capped at {@code max}, of which a random half is taken off (so that
 * replies that failed together do not all come back at the same moment) — the wait is always between
 * half and all of the doubled value. The outbox keeps the count of failed tries in the database;
 * a poller keeps it in a {@link FailureStreak}. A platform's own word (Telegram's
 * {@code retry_after}, X's rate-limit reset) overrides the backoff where the caller has one.
 */
public record Backoff(Duration base, Duration max, DoubleSupplier random) {

    /** Without jitter: the doubled value itself, for a single caller that meets nobody on its retry. */
    public static Backoff withoutJitter(Duration base, Duration max) {
        return new Backoff(base, max, () -> 1.0);
    }

    /** @param failedTries how many tries have failed so far, at least 1 */
    public Duration delayAfter(int failedTries) {
        if (failedTries < 1) {
            throw new IllegalArgumentException("failedTries must be at least 1, got " + failedTries);
        }
        long capped = capped(failedTries).toMillis();
        long half = capped / 2;
        return Duration.ofMillis(capped - half + Math.round(half * random.getAsDouble()));
    }

    /** The longest the waits after {@code failedTries} failures can add up to (no jitter taken off). */
    public Duration longestTotal(int failedTries) {
        Duration total = Duration.ZERO;
        for (int tries = 1; tries <= failedTries; tries++) {
            total = total.plus(capped(tries));
        }
        return total;
    }

    private Duration capped(int failedTries) {
        Duration doubled = base;
        for (int i = 1; i < failedTries && doubled.compareTo(max) < 0; i++) {
            doubled = doubled.multipliedBy(2);
        }
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}
