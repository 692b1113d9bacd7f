package io.switchboard.forum.pipeline;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketLifecycle;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.topic.Topic;
import io.switchboard.forum.topic.TopicSolved;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An accepted answer ends the support case: in the same transaction as the topic is marked solved,
 * the topic's support threads are closed and their unresolved tickets resolved, each with a ticket
 * event naming who accepted which post.
 */
@Component
@ConditionalOnForum
class ThreadResolution {

    static final String ACTION = "resolved";

    private final SupportThreadRepository threads;
    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final TicketLifecycle lifecycle;
    private final Clock clock;

    ThreadResolution(SupportThreadRepository threads, TicketRepository tickets, TicketEventRepository events,
            TicketLifecycle lifecycle, Clock clock) {
        this.threads = threads;
        this.tickets = tickets;
        this.events = events;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @EventListener
    public void solved(TopicSolved event) {
        Instant now = clock.instant();
        List<SupportThread> found = threads.findByChannelAndConversationKeyOrderByIdAsc(Channel.FORUM,
                Topic.CONVERSATION_PREFIX + event.topicId());
        if (found.isEmpty()) {
            return;
        }
        for (Ticket ticket : tickets.findByThreadInOrderByIdAsc(found)) {
            if (ticket.getStatus().isUnresolved()) {
                lifecycle.move(ticket, TicketStatus.RESOLVED, now);
                events.save(new TicketEvent(ticket, now, "forum:" + event.actor(), ACTION,
                        "answer accepted in forum topic " + event.topicId() + " (post " + event.acceptedPostId() + ")"));
            }
        }
        for (SupportThread thread : found) {
            if (thread.getStatus().isActive()) {
                thread.changeStatus(ThreadStatus.CLOSED, now);
            }
        }
    }
}
