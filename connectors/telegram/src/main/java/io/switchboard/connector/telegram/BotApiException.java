package io.switchboard.connector.telegram;

import java.time.Duration;

/**
 * A Bot API call did not succeed. The message names the method and what Telegram said, and never
 * contains the bot token.
 */
final class BotApiException extends Exception {

    enum Kind {
        /** HTTP 429: Telegram asked to wait {@link #retryAfter()}. */
        RATE_LIMITED,
        /** HTTP 400 or 403 (bad request, bot blocked, chat not found): repeating the call cannot help. */
        REFUSED,
        /** 5xx, other 4xx (401/404 wrong token, 409 conflict), timeouts, I/O errors, unreadable replies. */
        FAILED,
        /** A worker call stopped because the connector is shutting down; says nothing about Telegram. */
        CANCELLED
    }

    private final Kind kind;
    private final Integer errorCode;
    private final String description;
    private final Duration retryAfter;
    private final boolean answered;

    BotApiException(Kind kind, Integer errorCode, String description, Duration retryAfter, String message) {
        this(kind, errorCode, description, retryAfter, message, true);
    }

    private BotApiException(Kind kind, Integer errorCode, String description, Duration retryAfter, String message,
            boolean answered) {
        super(message, null, false, false);
        this.kind = kind;
        this.errorCode = errorCode;
        this.description = description;
        this.retryAfter = retryAfter;
        this.answered = answered;
    }

    /** The call may have reached Telegram but no answer came back (a timeout, a connection lost after sending). */
    static BotApiException noAnswer(String description, String message) {
        return new BotApiException(Kind.FAILED, null, description, null, message, false);
    }

    Kind kind() {
        return kind;
    }

    /** Telegram's {@code error_code}, or null when no answer came (timeout, I/O, unreadable reply). */
    Integer errorCode() {
        return errorCode;
    }

    /** Telegram's {@code description} (e.g. "Forbidden: bot was blocked by the user"), or a local one. */
    String description() {
        return description;
    }

    /** Telegram's {@code parameters.retry_after}; null unless {@link Kind#RATE_LIMITED}. */
    Duration retryAfter() {
        return retryAfter;
    }

    /** False when Telegram may have taken the call although no answer came back. */
    boolean answered() {
        return answered;
    }
}
