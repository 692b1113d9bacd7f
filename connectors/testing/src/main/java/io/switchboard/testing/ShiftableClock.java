package io.switchboard.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock tests move by hand, in one of two ways. {@link #ShiftableClock() Running}: real time,
 * moved forward when a test says so, for full-application tests, where throttles, backoff and
 * pollers must behave as in production while a jump makes hours pass for the SLA and response-time
 * rules at once. {@link #stoppedAt Stopped}: still until the test moves it, for tests that compare
 * exact instants or wait for a rate limit's reset without waiting.
 */
public final class ShiftableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    /** Real time, plus whatever the test moves it forward by. */
    public ShiftableClock() {
        this(Clock.systemUTC());
    }

    private ShiftableClock(Clock base) {
        this.base = base;
    }

    /** A clock that stands still at {@code start} until the test moves it. */
    public static ShiftableClock stoppedAt(Instant start) {
        return new ShiftableClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    /** Stopped at the current time, to the millisecond, so that what a database keeps of it compares equal. */
    public static ShiftableClock stoppedAtNow() {
        return stoppedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the application's time only moves forward, not by " + duration);
        }
        shift.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(shift.get());
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
