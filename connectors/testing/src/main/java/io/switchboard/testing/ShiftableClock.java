package io.switchboard.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in full-app tests: real time, moved forward when a test says so. Time
 * keeps running, so throttles, backoff and pollers behave as in production; a jump makes hours pass
 * for the SLA and response-time rules at once.
 */
public final class ShiftableClock extends Clock {

    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the application's time only moves forward, not by " + duration);
        }
        shift.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC only");
    }
}
