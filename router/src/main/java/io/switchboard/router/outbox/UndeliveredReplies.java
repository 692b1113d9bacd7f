package io.switchboard.router.outbox;

import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.router.ticket.TicketDesk;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reply that will not be delivered (too old after an outage, or given up) leaves a member
 * without an answer: its thread is handed to staff through a ticket that says why. Messages
 * outside any thread (a status answer, a notice to staff) have no one to hand over to.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class UndeliveredReplies {

    private static final Logger log = LoggerFactory.getLogger(UndeliveredReplies.class);

    private final ThreadMessageRepository messages;
    private final TicketDesk desk;
    private final Clock clock;

    UndeliveredReplies(ThreadMessageRepository messages, TicketDesk desk, Clock clock) {
        this.messages = messages;
        this.desk = desk;
        this.clock = clock;
    }

    void handOver(OutboxEntry entry, String why) {
        if (entry.getThreadMessageId() == null) {
            return;
        }
        ThreadMessage reply = messages.findById(entry.getThreadMessageId()).orElseThrow();
        SupportThread thread = reply.getThread();
        // the ticket reads like the member's question it answers, where that is known
        String question = entry.getReplyToExternalId() == null ? reply.getText()
                : messages.findFirstByChannelAndDirectionAndExternalId(entry.getChannel(), Direction.IN,
                        entry.getReplyToExternalId()).map(ThreadMessage::getText).orElse(reply.getText());
        Ticket ticket = desk.replyNotDelivered(thread, question, why);
        if (thread.getStatus() != ThreadStatus.CLOSED) {
            thread.changeStatus(ThreadStatus.ESCALATED, clock.instant());
        }
        log.info("Outbox entry {} not delivered ({}): thread {} handed to staff as ticket {}", entry.getId(), why,
                thread.getId(), ticket.getNumber());
    }
}
