package io.switchboard.core.ticket;

import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a ticket's status changes (staff in the console and the API, an agent's reply, the
 * member's answer, an accepted forum answer), so that its support thread follows: a ticket resolved
 * or closed closes its thread once no other ticket of the thread is unresolved, as an accepted
 * forum answer does; a ticket unresolved again (reopened) makes its thread ESCALATED again, where a
 * thread stands while someone works on its ticket. Runs in the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class TicketLifecycle {

    private final TicketRepository tickets;

    TicketLifecycle(TicketRepository tickets) {
        this.tickets = tickets;
    }

    public void move(Ticket ticket, TicketStatus status, Instant at) {
        ticket.changeStatus(status, at);
        SupportThread thread = ticket.getThread();
        if (thread == null) {
            return;
        }
        ThreadStatus follows = status.isUnresolved() ? ThreadStatus.ESCALATED
                : othersUnresolved(ticket, thread) ? thread.getStatus() : ThreadStatus.CLOSED;
        if (thread.getStatus() != follows) {
            thread.changeStatus(follows, at);
        }
    }

    private boolean othersUnresolved(Ticket ticket, SupportThread thread) {
        return tickets.findByThreadInOrderByIdAsc(List.of(thread)).stream()
                .anyMatch(other -> !other.getId().equals(ticket.getId()) && other.getStatus().isUnresolved());
    }
}
