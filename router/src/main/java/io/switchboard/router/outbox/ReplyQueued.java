package io.switchboard.router.outbox;

/** An outbox entry was written; told to {@link OutboxSenders} once its transaction has committed. */
enum ReplyQueued {
    INSTANCE
}
