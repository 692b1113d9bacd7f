package io.switchboard.core.phrasing;

/** What became of a member's question when a ticket was resolved with an article. */
public enum ProposalOutcome {
    /** Waiting for a manager. */
    PROPOSED,
    /** The article has that question (folded alike) already: as a phrasing or title, or proposed before. */
    KNOWN,
    /** The engine answers the question with that article on its own already. */
    ANSWERED_ALREADY,
    /** The ticket has no member's question (opened by hand, or only links and numbers). */
    NO_QUESTION
}
