package io.switchboard.core.limit;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Instant;

/**
 * Bucket4j's time from the application's {@link Clock}, so that tests that move the clock move the
 * buckets too, and so that instances sharing buckets in PostgreSQL measure on the same (wall) clock.
 */
record ClockTimeMeter(Clock clock) implements TimeMeter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    @Override
    public long currentTimeNanos() {
        Instant now = clock.instant();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), NANOS_PER_SECOND), now.getNano());
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
