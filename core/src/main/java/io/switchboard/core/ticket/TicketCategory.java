package io.switchboard.core.ticket;

/** The support desk's queues; knowledge-base articles carry the same categories. */
public enum TicketCategory {
    ACCOUNT_SECURITY,
    DEPOSIT_WITHDRAWAL,
    TRADING,
    CAMPAIGNS,
    OTHER
}
