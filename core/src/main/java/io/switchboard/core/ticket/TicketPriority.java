package io.switchboard.core.ticket;

/** Queue order: URGENT first. VIP members' tickets start at HIGH. */
public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
