package io.switchboard.bench;

import java.time.Duration;

/**
 * When each update of one arrival rate is due: the i-th at {@code start + i / rate}, by the clock alone,
 * whatever the server answered before (an open loop), so a slow server cannot slow the load down.
 *
 * @param rate updates per second
 * @param duration how long the rate is held
 */
record OpenLoopSchedule(int rate, Duration duration) {

    OpenLoopSchedule {
        if (rate < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("an arrival rate needs a rate of at least 1/s and a duration, got "
                    + rate + "/s for " + duration);
        }
    }

    /** Updates sent over the duration: rate x seconds, rounded down. */
    int count() {
        return (int) (rate * duration.toNanos() / 1_000_000_000L);
    }

    /** Nanoseconds from the start to the moment the {@code i}-th update (from 0) is due. */
    long dueNanos(int i) {
        return i * 1_000_000_000L / rate;
    }
}
