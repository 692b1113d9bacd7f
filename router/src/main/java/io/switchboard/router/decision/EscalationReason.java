package io.switchboard.router.decision;

/** Why a message became a ticket; stored on the ticket as {@link #code()}. */
public enum EscalationReason {
    HUMAN_REQUESTED("human-requested"),
    NO_CONFIDENT_ANSWER("no-confident-answer"),
    /**
     * The member pressed "No" under the bot's answer, or replied to it where a reply means it did not
     * help (an e-mail answer): it did not solve their problem.
     */
    ANSWER_REJECTED("answer-rejected"),
    /** The platform no longer takes a reply in the conversation (Messenger's 24-hour window). */
    REPLY_WINDOW_CLOSED("reply-window-closed"),
    /** A reply could not be delivered in time (a long platform outage): staff answer instead. */
    REPLY_NOT_DELIVERED("reply-not-delivered"),
    /** The member filed a request through a form, after its suggested articles did not help. */
    REQUEST_FILED("request-filed");

    private final String code;

    EscalationReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
