package io.switchboard.connector.twitter;

/**
 * A call to X did not succeed. The message names the endpoint and X's error title, never a token.
 */
final class XApiException extends RuntimeException {

    enum Kind {
        /** HTTP 429: nothing more until {@link RateLimit#reset()}. */
        RATE_LIMITED,
        /** 5xx, timeouts, connection errors: worth trying again later. */
        TRANSIENT,
        /** Any other 4xx, or a 2xx body we could not read: trying again will not help. */
        PERMANENT
    }

    private final Kind kind;
    private final RateLimit rateLimit;

    XApiException(Kind kind, RateLimit rateLimit, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.rateLimit = rateLimit;
    }

    Kind kind() {
        return kind;
    }

    RateLimit rateLimit() {
        return rateLimit;
    }
}
