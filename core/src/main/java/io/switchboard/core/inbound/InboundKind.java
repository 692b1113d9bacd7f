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
    /**
     * A member joined a group (Telegram {@code chat_member}): their name is checked by the guard,
     * nothing is answered. The author is the member who joined.
     */
    JOIN,
    /**
     * A member pressed one of the bot's buttons (a Telegram callback query, a Messenger quick reply
     * or postback): the text is the button's data as the platform gave it back, which the router
     * never trusts; the reply-to id, where the platform gives one, is the message with the buttons.
     */
    CHOICE,
    /** Reactions, read receipts and similar signals: stored as events, never questions. */
    SIGNAL
}
