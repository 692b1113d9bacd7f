package io.switchboard.router.outbox;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Waits between failed tries: {@code base}, doubled after each further failure, capped at
 * {@code max}, of which a random half is taken off (so that replies that failed together do not
 * all come back at the same moment) — the wait is always between half and all of the doubled value.
 */
public record Backoff(Duration base, Duration max, DoubleSupplier random) {

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
