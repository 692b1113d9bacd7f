package io.switchboard.connector.twitter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether one X endpoint may be called now. Three things can say no: a 429 (nothing until
 * its reset), X's own headers ({@code x-rate-limit-remaining: 0} until {@code x-rate-limit-reset}),
 * and our budget of requests per window, which keeps polling below the tier's limit even before X
 * complains (and leaves room for other tools using the same app).
 */
final class RateWindow {

    private final int budget;
    private final Duration window;
    private final Clock clock;

    private Instant windowEnd;
    private int used;
    private RateLimit lastSeen = RateLimit.UNKNOWN;
    private Instant blockedUntil;

    RateWindow(int budget, Duration window, Clock clock) {
        if (budget < 1) {
            throw new IllegalArgumentException("rate budget must be at least 1, was " + budget);
        }
        this.budget = budget;
        this.window = window;
        this.clock = clock;
    }

    /** A window that only follows what X says (for endpoints we call on demand, like posting). */
    static RateWindow followingServer(Clock clock) {
        return new RateWindow(Integer.MAX_VALUE, Duration.ofMinutes(15), clock);
    }

    /** When the next call is allowed, or empty when it is allowed now. */
    synchronized Optional<Instant> blockedUntil() {
        Instant now = clock.instant();
        Instant until = null;
        if (blockedUntil != null && blockedUntil.isAfter(now)) {
            until = blockedUntil;
        }
        if (lastSeen.exhausted() && lastSeen.reset() != null && lastSeen.reset().isAfter(now)) {
            until = later(until, lastSeen.reset());
        }
        if (windowEnd != null && now.isBefore(windowEnd) && used >= budget) {
            until = later(until, windowEnd);
        }
        return Optional.ofNullable(until);
    }

    /** Counts one request against the budget; call it right before the request. */
    synchronized void consume() {
        Instant now = clock.instant();
        if (windowEnd == null || !now.isBefore(windowEnd)) {
            windowEnd = now.plus(window);
            used = 0;
        }
        used++;
    }

    /** Remembers what X's headers said on a response. */
    synchronized void observe(RateLimit rateLimit) {
        if (rateLimit.remaining() != null || rateLimit.reset() != null) {
            lastSeen = rateLimit;
        }
    }

    /**
     * X answered 429: no request until its reset, or for a whole window when it did not say.
     *
     * @return when calls may resume
     */
    synchronized Instant limited(RateLimit rateLimit) {
        observe(rateLimit);
        Instant now = clock.instant();
        blockedUntil = rateLimit.reset() != null ? rateLimit.reset() : now.plus(window);
        return blockedUntil;
    }

    synchronized RateLimit lastSeen() {
        return lastSeen;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
