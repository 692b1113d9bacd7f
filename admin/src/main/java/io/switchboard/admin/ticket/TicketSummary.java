package io.switchboard.admin.ticket;

import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Instant;

/**
 * A ticket as the staff API lists it; public because a thread's view lists its tickets too.
 *
 * @param number what users and agents call it, "T-12"
 * @param vip a VIP member's ticket: first in the queue
 * @param breached a service-level target was missed: {@code firstResponseBreachedAt} or
 *     {@code resolutionBreachedAt} says when, {@code escalatedTo} to whom it went
 * @param respondedAt when staff last replied to the member or moved the ticket on; null before that,
 *     while the first-response target still runs
 * @param threadId the support thread it was escalated from; null (and so is channel) for a
 *     ticket opened by hand
 */
public record TicketSummary(String number, Long id, String subject, TicketCategory category,
        TicketPriority priority, boolean vip, TicketStatus status, String assignee, String reason,
        Instant createdAt, Instant updatedAt, Instant firstResponseDueAt, Instant resolutionDueAt,
        Instant respondedAt, boolean breached, Instant firstResponseBreachedAt, Instant resolutionBreachedAt, String escalatedTo,
        Long threadId, String channel) {

    public static TicketSummary from(Ticket ticket) {
        SupportThread thread = ticket.getThread();
        return new TicketSummary(ticket.getNumber(), ticket.getId(), ticket.getSubject(),
                ticket.getCategory(), ticket.getPriority(), ticket.isForVip(), ticket.getStatus(),
                ticket.getAssignee(), ticket.getReason(), ticket.getCreatedAt(), ticket.getUpdatedAt(),
                ticket.getFirstResponseDueAt(), ticket.getResolutionDueAt(), ticket.getRespondedAt(), ticket.isBreached(),
                ticket.getFirstResponseBreachedAt(), ticket.getResolutionBreachedAt(), ticket.getEscalatedTo(),
                thread == null ? null : thread.getId(),
                thread == null ? null : thread.getChannel().key());
    }
}
