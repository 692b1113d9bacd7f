package io.switchboard.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of core's own tests: it stands still until a test moves it, so due times and breach
 * times are exact instants. The other modules' tests use {@code io.switchboard.testing.ShiftableClock};
 * core cannot, because {@code connectors/testing} depends on core (its recording port implements
 * core's {@code InboundPort}), and a test dependency back on it would be a cycle in the reactor.
 */
public final class StoppedClock extends Clock {

    private final AtomicReference<Instant> now;

    public StoppedClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward, not by " + duration);
        }
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
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
