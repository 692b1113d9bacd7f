package io.switchboard.core.outbox;

public enum OutboxStatus {
    /** Waiting for delivery (first try or a retry after {@code nextAttemptAt}). */
    PENDING,
    /** The platform accepted it; {@code platformMessageId} says as what. */
    SENT,
    /** Given up: transient failures for longer than the retry window, or the platform refused it for good. */
    FAILED,
    /**
     * Not sent because it was too old to make sense any more when it could have gone out (after a
     * platform outage); its thread was handed to staff instead.
     */
    EXPIRED,
    /** Not sent on purpose, e.g. the bot was removed from the chat. */
    CANCELLED
}
