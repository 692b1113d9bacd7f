package io.switchboard.core.ticket;

import java.time.Instant;

/**
 * A ticket's status moved ({@link TicketLifecycle#move}), published in the transaction of the move, so that
 * a listener's writes (a notice in the outbox) commit or roll back with it. Only a real move is published:
 * saving a ticket with the status it has is none.
 */
public record TicketStatusChanged(Ticket ticket, TicketStatus from, TicketStatus to, Instant at) {
}
