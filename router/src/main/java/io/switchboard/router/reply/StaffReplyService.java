package io.switchboard.router.reply;

import io.switchboard.core.reply.StaffReplies;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.router.outbox.Outbox;
import io.switchboard.router.ticket.TicketDesk;
import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff replies from the admin console: one outbox entry in the thread's conversation (delivered
 * by the channel's gateway like every reply), and an {@code agent-reply} event on the thread's
 * open ticket, whose status moves to PENDING_USER (the member has the next word); the reply
 * counts as the agent's response, so the ticket stays with them. The thread shows the staff member
 * as the reply's author.
 */
@Service
class StaffReplyService implements StaffReplies {

    private final SupportThreadRepository threads;
    private final TicketDesk desk;
    private final TicketEventRepository events;
    private final Outbox outbox;
    private final Clock clock;

    StaffReplyService(SupportThreadRepository threads, TicketDesk desk, TicketEventRepository events,
            Outbox outbox, Clock clock) {
        this.threads = threads;
        this.desk = desk;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long reply(long threadId, String staffName, String text) {
        SupportThread thread = threads.findById(threadId)
                .orElseThrow(() -> new NoSuchElementException("no thread " + threadId));
        Instant now = clock.instant();
        long entry = outbox.enqueue("staff-reply:" + threadId + ":" + UUID.randomUUID(), thread, null, text,
                staffName).getId();
        desk.unresolvedTicketOf(thread).ifPresent(ticket -> {
            events.save(new TicketEvent(ticket, now, staffName, TicketEvent.AGENT_REPLY, text));
            ticket.changeStatus(TicketStatus.PENDING_USER, now);
            ticket.markResponded(now);
        });
        thread.touch(now);
        return entry;
    }
}
