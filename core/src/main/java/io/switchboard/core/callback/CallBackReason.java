package io.switchboard.core.callback;

import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;

/**
 * Why a member asks to be called back. An account-security emergency is URGENT (a stolen account loses money by
 * the minute); the others are HIGH, above an ordinary request, since the member is waiting by the phone. The
 * category is what the call is about, so the agents with that skill get it.
 */
public enum CallBackReason {
    SECURITY_EMERGENCY(TicketCategory.ACCOUNT_SECURITY, TicketPriority.URGENT),
    FROZEN_ACCOUNT(TicketCategory.ACCOUNT_SECURITY, TicketPriority.HIGH),
    FAILED_TRANSACTION(TicketCategory.DEPOSIT_WITHDRAWAL, TicketPriority.HIGH),
    OTHER(TicketCategory.OTHER, TicketPriority.HIGH);

    private final TicketCategory category;
    private final TicketPriority priority;

    CallBackReason(TicketCategory category, TicketPriority priority) {
        this.category = category;
        this.priority = priority;
    }

    public TicketCategory category() {
        return category;
    }

    public TicketPriority priority() {
        return priority;
    }
}
