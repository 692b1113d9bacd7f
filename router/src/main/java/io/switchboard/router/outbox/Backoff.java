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
        Duration doubled = base;
        for (int i = 1; i < failedTries && doubled.compareTo(max) < 0; i++) {
            doubled = doubled.multipliedBy(2);
        }
        Duration capped = doubled.compareTo(max) > 0 ? max : doubled;
        long half = capped.toMillis() / 2;
        return Duration.ofMillis(capped.toMillis() - half + Math.round(half * random.getAsDouble()));
    }
}
