package io.switchboard.forum.pipeline;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.forum.topic.Topic;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a topic stands in the support pipeline, for the topic page: the number of the ticket an
 * agent is working on, if any. Only the number: nothing about the ticket or the member.
 */
@Component
@Transactional(readOnly = true)
public class SupportStatus {

    private final SupportThreadRepository threads;
    private final TicketRepository tickets;

    SupportStatus(SupportThreadRepository threads, TicketRepository tickets) {
        this.threads = threads;
        this.tickets = tickets;
    }

    /** The number of the topic's latest unresolved ticket ("T-12"). */
    public Optional<String> openTicket(long topicId) {
        List<SupportThread> found = threads.findByChannelAndConversationKeyOrderByIdAsc(Channel.FORUM,
                Topic.CONVERSATION_PREFIX + topicId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Ticket> all = tickets.findByThreadInOrderByIdAsc(found);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).getStatus().isUnresolved()) {
                return Optional.of(all.get(i).getNumber());
            }
        }
        return Optional.empty();
    }
}
