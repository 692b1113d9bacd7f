package io.switchboard.core.inbound;

/** What an inbound event means for the support pipeline. */
public enum InboundKind {
    /** Something a person wrote: may be a question. */
    MESSAGE,
    /** A new text for a message already stored: the stored text is updated, nothing is answered. */
    EDIT,
    /** The author or a moderator removed a message already stored. */
    REMOVAL,
    /** A post in a broadcast channel: stored, never answered. */
    CHANNEL_POST,
    /** Reactions, read receipts and similar signals: stored as events, never questions. */
    SIGNAL
}
