package io.switchboard.core.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * The platform did not take a message. {@link Kind} tells the outbox what to do next; the message
 * is meant for the outbox's record and the logs, so it never carries a token.
 */
public class DeliveryException extends RuntimeException {

    public enum Kind {
        /** HTTP 429: try again after {@link #retryAfter()}; does not count as a failed try. */
        RATE_LIMITED,
        /** 5xx, timeouts, connection errors: retry with backoff. */
        TRANSIENT,
        /** The platform refused for good (bad request, bot blocked, chat gone): do not retry. */
        PERMANENT
    }

    private final Kind kind;
    private final Duration retryAfter;

    private DeliveryException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
        this.retryAfter = retryAfter;
    }

    public static DeliveryException rateLimited(Duration retryAfter, String message) {
        return new DeliveryException(Kind.RATE_LIMITED, message, Objects.requireNonNull(retryAfter), null);
    }

    public static DeliveryException transientFailure(String message, Throwable cause) {
        return new DeliveryException(Kind.TRANSIENT, message, null, cause);
    }

    public static DeliveryException permanent(String message, Throwable cause) {
        return new DeliveryException(Kind.PERMANENT, message, null, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the platform asked us to wait; null unless {@link Kind#RATE_LIMITED}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
