package io.switchboard.core.retry;

import java.time.Duration;

/**
 * The failures in a row of one repeated task (a poller's cycle, a start-up call) and the
 * {@link Backoff}'s wait after the latest; a success ends the streak. Not thread-safe: one task,
 * one thread at a time.
 */
public final class FailureStreak {

    private final Backoff backoff;
    private int failures;

    public FailureStreak(Backoff backoff) {
        this.backoff = backoff;
    }

    /** Counts one more failure. @return how long to wait before the next try */
    public Duration failed() {
        if (failures < Integer.MAX_VALUE) {
            failures++;
        }
        return backoff.delayAfter(failures);
    }

    public void succeeded() {
        failures = 0;
    }
}
