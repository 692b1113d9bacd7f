package io.switchboard.core.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Ticket workflow states. NEW and OPEN and PENDING_USER count as unresolved. The way forward is
 * new -> open -> pending user -> resolved -> closed; an agent's reply may move a NEW ticket straight
 * to PENDING_USER, a member's answer moves it back to OPEN, and a resolved ticket can be reopened
 * until it is closed, which is final.
 */
public enum TicketStatus {
    NEW,
    OPEN,
    PENDING_USER,
    RESOLVED,
    CLOSED;

    /** NEW, OPEN and PENDING_USER: the tickets someone still has to work on. */
    public static Set<TicketStatus> unresolved() {
        return EnumSet.of(NEW, OPEN, PENDING_USER);
    }

    public boolean isUnresolved() {
        return this == NEW || this == OPEN || this == PENDING_USER;
    }

    /** The statuses a ticket in this one may move to; empty for CLOSED. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, PENDING_USER, RESOLVED);
            case OPEN -> EnumSet.of(PENDING_USER, RESOLVED);
            case PENDING_USER -> EnumSet.of(OPEN, RESOLVED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean allowsMoveTo(TicketStatus target) {
        return next().contains(target);
    }
}
