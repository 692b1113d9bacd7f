package io.switchboard.router.intake;

import io.switchboard.router.ticket.TicketCreated;

/**
 * What processing one event left to do after its transaction committed.
 *
 * @param ticket the ticket to announce on the ticket queue, or null
 */
record IntakeOutcome(TicketCreated ticket) {
}
