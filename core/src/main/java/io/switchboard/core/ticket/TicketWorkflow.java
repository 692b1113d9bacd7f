package io.switchboard.core.ticket;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to tickets: open one by hand, and change its status, priority, category or
 * assignee. The workflow's transitions are enforced here, and every change is a line of the
 * ticket's history saying who changed what from what to what. A staff member's assignee is a
 * manual override; after each change the queue is served again ({@link TicketAssigner}).
 */
@Service
@Transactional
public class TicketWorkflow {

    /** Why a ticket opened from the console exists, in {@link Ticket#getReason()}. */
    public static final String OPENED_BY_HAND = "opened-by-hand";

    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final SupportThreadRepository threads;
    private final Accounts accounts;
    private final TicketAssigner assigner;
    private final VipMembers vips;
    private final TicketSla sla;
    private final AssignmentLock lock;
    private final TicketLifecycle lifecycle;
    private final StaffAudit audit;
    private final Clock clock;

    TicketWorkflow(TicketRepository tickets, TicketEventRepository events, SupportThreadRepository threads,
            Accounts accounts, TicketAssigner assigner, VipMembers vips, TicketSla sla, AssignmentLock lock,
            TicketLifecycle lifecycle, StaffAudit audit, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.threads = threads;
        this.accounts = accounts;
        this.assigner = assigner;
        this.vips = vips;
        this.sla = sla;
        this.lock = lock;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param threadId the support thread it is about, or null
     * @throws InvalidTicketRequestException when there is no such thread
     */
    public Ticket openByHand(String subject, TicketCategory category, TicketPriority priority, Long threadId,
            String actor) {
        SupportThread thread = threadId == null ? null : threads.findById(threadId).orElseThrow(
                () -> new InvalidTicketRequestException("threadId", "no thread " + threadId));
        Instant now = clock.instant();
        Ticket ticket = tickets.save(new Ticket(thread, subject, category, priority, OPENED_BY_HAND, now));
        events.save(new TicketEvent(ticket, now, actor, "created", "opened by hand"));
        audit.record(actor, "ticket.create", target(ticket), null, StaffAudit.state("subject", subject,
                "category", category, "priority", priority, "threadId", threadId));
        vips.applyTo(ticket, actor);
        sla.schedule(ticket);
        assigner.assignQueued();
        lifecycle.opened(ticket, now);
        return ticket;
    }

    /**
     * @throws TicketNotFoundException when there is no such ticket
     * @throws TicketTransitionException when the status may not move that way
     * @throws InvalidTicketRequestException when the assignee is not a staff account
     */
    public Ticket change(long id, TicketChange change, String actor) {
        // Before the ticket is read: another instance may be handing it out right now.
        lock.acquire();
        Ticket ticket = tickets.findById(id).orElseThrow(() -> new TicketNotFoundException(id));
        Instant now = clock.instant();
        if (change.status() != null && change.status() != ticket.getStatus()) {
            if (!ticket.getStatus().allowsMoveTo(change.status())) {
                throw new TicketTransitionException(ticket, change.status());
            }
            record(ticket, now, actor, "status-changed", "status", ticket.getStatus(), change.status());
            lifecycle.move(ticket, change.status(), now);
            ticket.markResponded(now);
        }
        if (change.priority() != null && change.priority() != ticket.getPriority()) {
            record(ticket, now, actor, "priority-changed", "priority", ticket.getPriority(), change.priority());
            ticket.changePriority(change.priority(), now);
            sla.schedule(ticket);
        }
        if (change.category() != null && change.category() != ticket.getCategory()) {
            record(ticket, now, actor, "category-changed", "category", ticket.getCategory(), change.category());
            ticket.changeCategory(change.category(), now);
        }
        if (change.assignee() != null) {
            String assignee = change.assignee().map(this::staffUsername).orElse(null);
            if (!Objects.equals(assignee, ticket.getAssignee())) {
                events.save(TicketEvent.assigned(ticket, now, actor, ticket.getAssignee(), assignee));
                audit.record(actor, "ticket.assign", target(ticket), StaffAudit.state("assignee", ticket.getAssignee()),
                        StaffAudit.state("assignee", assignee));
                ticket.assignTo(assignee, now);
            }
        }
        // A resolved ticket or a changed category or assignee can free an agent for the queue.
        assigner.assignQueued();
        return ticket;
    }

    private String staffUsername(String username) {
        return accounts.findStaff(username).map(Account::getUsername)
                .orElseThrow(() -> new InvalidTicketRequestException("assignee",
                        "'" + username + "' is not a staff account"));
    }

    /** A line of the ticket's history and one of the staff audit log ({@code ticket.status}...). */
    private void record(Ticket ticket, Instant at, String actor, String action, String field, Object before,
            Object after) {
        events.save(new TicketEvent(ticket, at, actor, action, before + " -> " + after));
        audit.record(actor, "ticket." + field, target(ticket), StaffAudit.state(field, before),
                StaffAudit.state(field, after));
    }

    private static AuditTarget target(Ticket ticket) {
        return AuditTarget.of("ticket", ticket.getNumber());
    }

}
