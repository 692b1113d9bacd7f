package io.switchboard.core.livechat;

/** Who a line of the visitor's chat window is from. */
public enum FrameKind {
    /** The visitor's own message (or the label of a button they pressed). */
    VISITOR,
    /** The bot: an answer (with its article card), a notice, an offer of articles. */
    BOT,
    /** An agent's reply, under the agent's name. */
    AGENT,
    /**
     * The chat itself tells something ({@code details} has a {@code code} and its {@code args}): the visitor is
     * queued, an agent joined, the chat was transferred or closed, nobody is there now. Worded by whoever shows it,
     * in the reader's language.
     */
    SYSTEM
}
