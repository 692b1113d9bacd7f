package io.switchboard.router.ticket;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.ticket.TicketCategory;

/**
 * Tells which desk queue a message belongs to from what the answer engine made of it, so that a
 * ticket opened next to a near-miss answer lands in the right queue. The answer engine provides
 * one as a bean; without it every escalated ticket is {@link TicketCategory#OTHER}.
 */
public interface CategoryResolver {

    /** @param answer the engine's verdict on the message the ticket is opened for */
    TicketCategory categoryOf(AnswerDecision answer);

    /** The resolver used when no bean is defined: knows no article. */
    static CategoryResolver unknown() {
        return answer -> TicketCategory.OTHER;
    }
}
