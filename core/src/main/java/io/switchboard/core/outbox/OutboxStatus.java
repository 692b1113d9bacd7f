package io.switchboard.core.outbox;

public enum OutboxStatus {
    /** Waiting for delivery (first try or a retry after {@code nextAttemptAt}). */
    PENDING,
    /** The platform accepted it; {@code platformMessageId} says as what. */
    SENT,
    /** Given up: too many tries, or the platform refused it for good. */
    FAILED,
    /** Not sent on purpose, e.g. the bot was removed from the chat. */
    CANCELLED
}
