package io.switchboard.router.reply;

import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.reply.StaffReplies;
import io.switchboard.core.text.ColumnText;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketLifecycle;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.router.outbox.Gateways;
import io.switchboard.router.outbox.Outbox;
import io.switchboard.router.ticket.TicketDesk;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff replies from the admin console: one outbox entry in the thread's conversation (delivered
 * by the channel's gateway like every reply), and an {@code agent-reply} event on the thread's
 * open ticket, whose status moves to PENDING_USER (the member has the next word); the reply
 * counts as the agent's response, so the ticket stays with them. The thread shows the staff member
 * as the reply's author, and so do channels that show authors (the forum). The reply is a line of the staff audit log, with the start of its text.
 */
@Service
class StaffReplyService implements StaffReplies {

    /** The audit log keeps the start of a reply; the thread has all of it. */
    static final int AUDITED_TEXT = 500;

    private final SupportThreadRepository threads;
    private final TicketDesk desk;
    private final TicketEventRepository events;
    private final TicketLifecycle lifecycle;
    private final Outbox outbox;
    private final Gateways gateways;
    private final StaffAudit audit;
    private final Clock clock;

    StaffReplyService(SupportThreadRepository threads, TicketDesk desk, TicketEventRepository events,
            TicketLifecycle lifecycle, Outbox outbox, Gateways gateways, StaffAudit audit, Clock clock) {
        this.threads = threads;
        this.desk = desk;
        this.events = events;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.gateways = gateways;
        this.audit = audit;
        this.clock = clock;
    }

    /** Its own transaction, which the interface's default would not start: it calls the bean itself, not its proxy. */
    @Override
    @Transactional
    public long reply(long threadId, String staffName, String text) {
        return reply(threadId, staffName, text, List.of());
    }

    @Override
    @Transactional
    public long reply(long threadId, String staffName, String text, List<Attachment> files) {
        SupportThread thread = threads.findById(threadId)
                .orElseThrow(() -> new NoSuchElementException("no thread " + threadId));
        if (!files.isEmpty() && !gateways.sendsAttachments(thread.getChannel(), thread.getConversationKey())) {
            throw new IllegalArgumentException(thread.getChannel().key() + " cannot send files in this conversation");
        }
        Instant now = clock.instant();
        long entry = outbox.enqueue("staff-reply:" + threadId + ":" + UUID.randomUUID(), thread, null, text,
                Sender.staff(staffName), List.of(), files).getId();
        Optional<Ticket> ticket = desk.unresolvedTicketOf(thread);
        ticket.ifPresent(answered -> {
            events.save(new TicketEvent(answered, now, staffName, TicketEvent.AGENT_REPLY, text));
            lifecycle.move(answered, TicketStatus.PENDING_USER, now);
            answered.markResponded(now);
        });
        thread.touch(now);
        audit.record(staffName, "thread.reply", AuditTarget.of("thread", threadId), null, StaffAudit.state(
                "outboxId", entry, "ticket", ticket.map(Ticket::getNumber).orElse(null),
                "text", ColumnText.excerpt(text, AUDITED_TEXT), "files", files.size()));
        return entry;
    }
}
