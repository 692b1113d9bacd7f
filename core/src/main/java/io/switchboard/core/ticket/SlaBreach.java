package io.switchboard.core.ticket;

import java.time.Instant;

/**
 * A target a ticket has just missed, published once per breach in the transaction that records it,
 * so that whatever tells staff about it (a message to their chat) is stored with the breach or not
 * at all.
 *
 * @param escalatedTo the staff user names it was escalated to, comma-separated
 */
public record SlaBreach(Ticket ticket, Target target, Instant due, String escalatedTo) {

    /** Which of a ticket's two targets was missed. */
    public enum Target {
        FIRST_RESPONSE("first response"),
        RESOLUTION("resolution");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        /** How the history and the log name it. */
        public String label() {
            return label;
        }
    }
}
