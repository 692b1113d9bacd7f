package io.switchboard.forum.pipeline;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.forum.topic.Topic;
import io.switchboard.forum.topic.Views;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a topic stands in the support pipeline, for the topic page: its ticket's number and state,
 * as staff move it (an agent waiting for the asker, resolved). Nothing about the member or the agent.
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

    /** The topic's latest unresolved ticket, or else its latest ticket. */
    public Optional<Views.SupportTicket> ticketOf(long topicId) {
        List<SupportThread> found = threads.findByChannelAndConversationKeyOrderByIdAsc(Channel.FORUM,
                Topic.CONVERSATION_PREFIX + topicId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Ticket> all = tickets.findByThreadInOrderByIdAsc(found);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Ticket shown = all.get(all.size() - 1);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).getStatus().isUnresolved()) {
                shown = all.get(i);
                break;
            }
        }
        return Optional.of(new Views.SupportTicket(shown.getNumber(), shown.getStatus()));
    }
}
