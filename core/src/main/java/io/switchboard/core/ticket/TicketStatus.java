package io.switchboard.core.ticket;

/** Ticket workflow states. NEW and OPEN and PENDING_USER count as unresolved. */
public enum TicketStatus {
    NEW,
    OPEN,
    PENDING_USER,
    RESOLVED,
    CLOSED;

    public boolean isUnresolved() {
        return this == NEW || this == OPEN || this == PENDING_USER;
    }
}
