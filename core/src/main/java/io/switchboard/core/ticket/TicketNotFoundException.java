package io.switchboard.core.ticket;

/** No ticket has the id a caller named. */
public class TicketNotFoundException extends RuntimeException {

    public TicketNotFoundException(long id) {
        super("no ticket " + Ticket.NUMBER_PREFIX + id);
    }
}
