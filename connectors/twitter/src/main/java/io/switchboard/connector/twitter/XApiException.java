package io.switchboard.connector.twitter;

import io.switchboard.core.gateway.NoAnswer;

/**
 * A call to X did not succeed. The message names the endpoint and X's error title, never a token.
 * {@link #answered()} is false when the request may have reached X but no answer came back.
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
    private final boolean answered;

    XApiException(Kind kind, RateLimit rateLimit, String message, Throwable cause) {
        this(kind, rateLimit, message, cause, true);
    }

    private XApiException(Kind kind, RateLimit rateLimit, String message, Throwable cause, boolean answered) {
        super(message, cause);
        this.kind = kind;
        this.rateLimit = rateLimit;
        this.answered = answered;
    }

    /** No HTTP answer came: transient, and unanswered unless the connection was never made. */
    static XApiException noResponse(String message, Throwable failure) {
        return new XApiException(Kind.TRANSIENT, RateLimit.UNKNOWN, message, failure,
                !NoAnswer.mayHaveArrived(failure));
    }

    Kind kind() {
        return kind;
    }

    RateLimit rateLimit() {
        return rateLimit;
    }

    /** False when X may have taken the request (a timeout, a connection lost after sending). */
    boolean answered() {
        return answered;
    }
}
