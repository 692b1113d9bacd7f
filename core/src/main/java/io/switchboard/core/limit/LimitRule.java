package io.switchboard.core.limit;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RateLimit} gives out permits: {@code permits} per {@code per}, at most {@code burst}
 * of them at once.
 *
 * @param burst how many permits may be taken at once after a quiet spell
 * @param permits how many permits come back per {@code per}
 * @param per the period {@code permits} come back in
 * @param refill whether they come back one by one over the period or all at its end
 */
public record LimitRule(int burst, int permits, Duration per, Refill refill) {

    /** How spent permits come back. */
    public enum Refill {
        /** Evenly over the period: one every {@code per / permits}. */
        GRADUALLY,
        /**
         * All at once at the end of each window; the first window starts when the key is first used
         * (or first used again after it was full and forgotten).
         */
        AT_WINDOW_END
    }

    public LimitRule {
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(refill, "refill");
        if (burst < 1 || permits < 1) {
            throw new IllegalArgumentException("a limit needs at least 1 permit and a burst of at least 1, got "
                    + permits + " permits, burst " + burst);
        }
        if (per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a limit's period must be positive, got " + per);
        }
    }

    /** {@code permits} per {@code per}, the whole of them at once if they were not used. */
    public static LimitRule steady(int permits, Duration per) {
        return new LimitRule(permits, permits, per, Refill.GRADUALLY);
    }

    /** {@code permits} per {@code per}, evenly spaced: one at a time, never a burst. */
    public static LimitRule spaced(int permits, Duration per) {
        return new LimitRule(1, permits, per, Refill.GRADUALLY);
    }

    /** At most {@code permits} in each {@code window}, counted from the key's first use. */
    public static LimitRule perWindow(int permits, Duration window) {
        return new LimitRule(permits, permits, window, Refill.AT_WINDOW_END);
    }

    @Override
    public String toString() {
        return permits + "/" + per + (refill == Refill.GRADUALLY ? " burst " + burst : " window");
    }
}
