package io.switchboard.router.intake;

import io.switchboard.router.ticket.TicketCreated;
import java.util.Optional;

/**
 * What deciding one event left to do after its transaction committed.
 *
 * @param ticket the ticket to announce on the ticket queue, or null
 */
record IntakeOutcome(TicketCreated ticket) {

    Optional<TicketCreated> ticketIfAny() {
        return Optional.ofNullable(ticket);
    }
}
