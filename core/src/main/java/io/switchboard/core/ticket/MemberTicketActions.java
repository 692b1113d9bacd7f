package io.switchboard.core.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member does to their own ticket from a page that shows it (the help center's request page): mark
 * it solved, or reopen it for a while after it was resolved. Each is a status change in the ticket's history
 * by {@link #MEMBER} (the console words it as any status change, "member: open -> resolved"); the thread
 * follows through {@link TicketLifecycle}. The caller has checked that the ticket is the member's.
 */
@Service
@Transactional
public class MemberTicketActions {

    /** The actor of the member's own changes in a ticket's history, as for their messages. */
    public static final String MEMBER = "member";
    private static final String STATUS_CHANGED = "status-changed";

    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final TicketLifecycle lifecycle;
    private final TicketAssigner assigner;
    private final AssignmentLock lock;
    private final Clock clock;

    MemberTicketActions(TicketRepository tickets, TicketEventRepository events, TicketLifecycle lifecycle,
            TicketAssigner assigner, AssignmentLock lock, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.lifecycle = lifecycle;
        this.assigner = assigner;
        this.lock = lock;
        this.clock = clock;
    }

    /**
     * The member's problem is solved: the ticket is RESOLVED, and its agent free for the next one.
     *
     * @throws TicketTransitionException when the ticket is already resolved or closed
     */
    public Ticket solve(long ticketId) {
        lock.acquire();
        Ticket ticket = ticket(ticketId);
        move(ticket, TicketStatus.RESOLVED);
        assigner.assignQueued();
        return ticket;
    }

    /**
     * The problem came back: a ticket resolved less than {@code window} ago is OPEN again, for its agent.
     *
     * @throws TicketTransitionException when the ticket is not resolved, or was resolved longer ago
     */
    public Ticket reopen(long ticketId, Duration window) {
        lock.acquire();
        Ticket ticket = ticket(ticketId);
        if (!mayReopen(ticket, window)) {
            throw new TicketTransitionException(ticket, TicketStatus.OPEN);
        }
        move(ticket, TicketStatus.OPEN);
        return ticket;
    }

    /** Whether the ticket is resolved, less than {@code window} ago. */
    @Transactional(readOnly = true)
    public boolean mayReopen(Ticket ticket, Duration window) {
        return ticket.getStatus() == TicketStatus.RESOLVED && resolvedAt(ticket)
                .map(at -> at.plus(window).isAfter(clock.instant())).orElse(false);
    }

    /** When the ticket was last resolved, by staff or by the member: its last status change to RESOLVED. */
    private Optional<Instant> resolvedAt(Ticket ticket) {
        List<TicketEvent> history = events.findByTicketOrderByAtAscIdAsc(ticket);
        for (int i = history.size() - 1; i >= 0; i--) {
            TicketEvent event = history.get(i);
            if (STATUS_CHANGED.equals(event.getAction()) && event.getDetail().endsWith("-> " + TicketStatus.RESOLVED)) {
                return Optional.of(event.getAt());
            }
        }
        return Optional.empty();
    }

    private Ticket ticket(long ticketId) {
        return tickets.findById(ticketId).orElseThrow(() -> new TicketNotFoundException(ticketId));
    }

    private void move(Ticket ticket, TicketStatus status) {
        if (!ticket.getStatus().allowsMoveTo(status)) {
            throw new TicketTransitionException(ticket, status);
        }
        Instant now = clock.instant();
        events.save(new TicketEvent(ticket, now, MEMBER, STATUS_CHANGED, ticket.getStatus() + " -> " + status));
        lifecycle.move(ticket, status, now);
    }
}
