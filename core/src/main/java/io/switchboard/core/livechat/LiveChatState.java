package io.switchboard.core.livechat;

/** Where a hand-off to a person stands. */
public enum LiveChatState {
    /** The visitor asked for a person; no agent has joined yet. */
    WAITING,
    /** An agent joined and talks with the visitor. */
    ACTIVE,
    /** Closed by an agent: its ticket resolved, or kept open to be answered later. */
    ENDED
}
