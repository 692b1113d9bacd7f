package io.switchboard.router.ticket;

import io.switchboard.core.ticket.TicketCategory;

/**
 * Tells which desk queue a knowledge-base article belongs to, so that a ticket opened next to a
 * near-miss answer lands in the right queue. The knowledge base may provide one as a bean;
 * without it every escalated ticket is {@link TicketCategory#OTHER}.
 */
public interface CategoryResolver {

    /** @param articleKey the best matching article, or null when nothing matched */
    TicketCategory categoryOf(String articleKey);

    /** The resolver used when no bean is defined: knows no article. */
    static CategoryResolver unknown() {
        return articleKey -> TicketCategory.OTHER;
    }
}
