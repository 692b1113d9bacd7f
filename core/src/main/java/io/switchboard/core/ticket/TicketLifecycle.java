package io.switchboard.core.ticket;

import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a ticket's status changes (staff in the console and the API, an agent's reply, the
 * member's answer, an accepted forum answer), so that its support thread follows: a ticket resolved
 * or closed closes its thread once no other ticket of the thread is unresolved, as an accepted
 * forum answer does; a ticket unresolved again (reopened) makes its thread ESCALATED again, where a
 * thread stands while someone works on its ticket. Runs in the caller's transaction, and tells of each
 * real move ({@link TicketStatusChanged}) in it, and of each ticket opened ({@link TicketOpened}).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TicketLifecycle {

    private final TicketRepository tickets;
    private final ApplicationEventPublisher events;

    TicketLifecycle(TicketRepository tickets, ApplicationEventPublisher events) {
        this.tickets = tickets;
        this.events = events;
    }

    public void move(Ticket ticket, TicketStatus status, Instant at) {
        TicketStatus from = ticket.getStatus();
        ticket.changeStatus(status, at);
        SupportThread thread = ticket.getThread();
        if (thread != null) {
            ThreadStatus follows = status.isUnresolved() ? ThreadStatus.ESCALATED
                    : othersUnresolved(ticket, thread) ? thread.getStatus() : ThreadStatus.CLOSED;
            if (thread.getStatus() != follows) {
                thread.changeStatus(follows, at);
            }
        }
        if (from != status) {
            events.publishEvent(new TicketStatusChanged(ticket, from, status, at));
        }
    }

    /** Tells of a ticket just opened and assigned ({@link TicketOpened}), in the transaction that opened it. */
    public void opened(Ticket ticket, Instant at) {
        events.publishEvent(new TicketOpened(ticket, at));
    }

    private boolean othersUnresolved(Ticket ticket, SupportThread thread) {
        return tickets.findByThreadInOrderByIdAsc(List.of(thread)).stream()
                .anyMatch(other -> !other.getId().equals(ticket.getId()) && other.getStatus().isUnresolved());
    }
}
