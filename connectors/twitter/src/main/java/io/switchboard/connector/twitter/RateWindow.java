package io.switchboard.connector.twitter;

import io.switchboard.core.limit.LimitRule;
import io.switchboard.core.limit.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether one X endpoint may be called now. Three things can say no: a 429 (nothing until
 * its reset), X's own headers ({@code x-rate-limit-remaining: 0} until {@code x-rate-limit-reset}),
 * and our budget of requests per window, which keeps polling below the tier's limit even before X
 * complains (and leaves room for other tools using the same app).
 *
 * <p>The first two follow what X says about its own counters, which only X keeps: they are
 * remembered here as X last said them. The budget is our own limit, a
 * {@link io.switchboard.core.limit.RateLimit} (shared by
 * the instances of a cluster, so a poller that moves to another instance keeps counting).
 */
final class RateWindow {

    /** Our own budget: a limit and the key it counts this endpoint's requests under. */
    private record Budget(io.switchboard.core.limit.RateLimit limit, String key) {
    }

    /** X's window, also how long a 429 that does not say when it ends is waited out. */
    private static final Duration X_WINDOW = Duration.ofMinutes(15);

    private final Optional<Budget> budget;
    private final Duration window;
    private final Clock clock;

    private RateLimit lastSeen = RateLimit.UNKNOWN;
    private Instant blockedUntil;

    private RateWindow(Optional<Budget> budget, Duration window, Clock clock) {
        this.budget = budget;
        this.window = window;
        this.clock = clock;
    }

    /**
     * The mentions endpoint's window: X's headers and our budget of {@code max-requests-per-window}
     * per {@code rate-limit-window}, counted from the first request of each window.
     */
    static RateWindow mentions(RateLimits limits, TwitterProperties properties, Clock clock) {
        var mentions = limits.limit("x.mentions",
                LimitRule.perWindow(properties.maxRequestsPerWindow(), properties.rateLimitWindow()));
        return new RateWindow(Optional.of(new Budget(mentions, properties.accountId())), properties.rateLimitWindow(),
                clock);
    }

    /** A window that only follows what X says (for endpoints we call on demand, like posting). */
    static RateWindow followingServer(Clock clock) {
        return new RateWindow(Optional.empty(), X_WINDOW, clock);
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
        Duration budgetWait = budget.map(b -> b.limit().waitFor(b.key())).orElse(Duration.ZERO);
        if (!budgetWait.isZero()) {
            until = later(until, now.plus(budgetWait));
        }
        return Optional.ofNullable(until);
    }

    /** Counts one request against the budget; call it right before the request. */
    synchronized void consume() {
        budget.ifPresent(b -> b.limit().take(b.key()));
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
