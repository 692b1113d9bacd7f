package io.switchboard.router.ticket;

import io.switchboard.core.ticket.Ticket;
import java.time.Instant;

/**
 * The event published to {@code switchboard.tickets.queue-uri} for each new ticket, as JSON:
 * {@code {"number":"T-12","category":"DEPOSIT_WITHDRAWAL","priority":"NORMAL","subject":"...",
 * "channel":"telegram","threadId":7,"createdAt":"2025-01-01T10:00:00Z"}}.
 */
public record TicketCreated(String number, String category, String priority, String subject, String channel,
        Long threadId, Instant createdAt) {

    static TicketCreated of(Ticket ticket) {
        return new TicketCreated(ticket.getNumber(), ticket.getCategory().name(), ticket.getPriority().name(),
                ticket.getSubject(), ticket.getThread().getChannel().key(), ticket.getThread().getId(),
                ticket.getCreatedAt());
    }
}
