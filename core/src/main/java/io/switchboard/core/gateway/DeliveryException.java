package io.switchboard.core.gateway;

import java.time.Duration;
import java.util.Objects;

/**
 * The platform did not take a message. {@link Kind} tells the outbox what to do next; the message
 * is meant for the outbox's record and the logs, so it never carries a token. {@link #answered()}
 * tells whether the platform's answer is known: a failure without one (a timeout after the request
 * was sent) may hide a message the platform took, so the next try looks it up before sending again.
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
    private final boolean answered;

    private DeliveryException(Kind kind, String message, Duration retryAfter, Throwable cause, boolean answered) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
        this.retryAfter = retryAfter;
        this.answered = answered;
    }

    public static DeliveryException rateLimited(Duration retryAfter, String message) {
        return new DeliveryException(Kind.RATE_LIMITED, message, Objects.requireNonNull(retryAfter), null, true);
    }

    /** The platform answered with an error worth trying again (5xx), or nothing could have reached it. */
    public static DeliveryException transientFailure(String message, Throwable cause) {
        return new DeliveryException(Kind.TRANSIENT, message, null, cause, true);
    }

    /**
     * The request may have reached the platform, but no answer came back (a timeout, a connection
     * reset or closed after sending): transient, and the platform may already have the message.
     * {@link NoAnswer#mayHaveArrived} tells such an I/O failure from one where nothing was sent.
     */
    public static DeliveryException noAnswer(String message, Throwable cause) {
        return new DeliveryException(Kind.TRANSIENT, message, null, cause, false);
    }

    public static DeliveryException permanent(String message, Throwable cause) {
        return new DeliveryException(Kind.PERMANENT, message, null, cause, true);
    }

    public Kind kind() {
        return kind;
    }

    /** How long the platform asked us to wait; null unless {@link Kind#RATE_LIMITED}. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * False when the call may have reached the platform and no answer came back: whether the
     * platform took the message is unknown.
     */
    public boolean answered() {
        return answered;
    }
}
