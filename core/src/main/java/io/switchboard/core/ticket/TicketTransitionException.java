package io.switchboard.core.ticket;

/** A status change the workflow does not allow from the ticket's current status. */
public class TicketTransitionException extends RuntimeException {

    public TicketTransitionException(Ticket ticket, TicketStatus target) {
        super(ticket.getNumber() + " is " + ticket.getStatus() + " and cannot move to " + target
                + (ticket.getStatus().next().isEmpty() ? ": " + ticket.getStatus() + " is final"
                        : "; from " + ticket.getStatus() + " it can move to " + ticket.getStatus().next()));
    }
}
