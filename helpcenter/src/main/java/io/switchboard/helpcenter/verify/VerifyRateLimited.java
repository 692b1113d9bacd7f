package io.switchboard.helpcenter.verify;

import java.time.Duration;

/** An address asked or reported too often; the page and the API answer 429 with {@code Retry-After}. */
class VerifyRateLimited extends RuntimeException {

    private final long retryAfterSeconds;

    VerifyRateLimited(Duration wait) {
        super("too many requests from this address: try again in " + seconds(wait) + " second(s)");
        this.retryAfterSeconds = seconds(wait);
    }

    /** Whole seconds, rounded up, at least one: what {@code Retry-After} carries. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
