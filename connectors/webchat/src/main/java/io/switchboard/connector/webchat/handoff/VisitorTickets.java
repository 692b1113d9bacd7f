package io.switchboard.connector.webchat.handoff;

import java.util.List;
import java.util.Optional;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The tickets of a visitor's conversation: its support threads on the WEBCHAT channel are keyed by the visitor. */
@Component
class VisitorTickets {

    private final SupportThreadRepository threads;
    private final TicketRepository tickets;

    VisitorTickets(SupportThreadRepository threads, TicketRepository tickets) {
        this.threads = threads;
        this.tickets = tickets;
    }

    /** The visitor's newest ticket, whatever its status. */
    @Transactional(readOnly = true)
    Optional<Ticket> latest(String visitorKey) {
        List<SupportThread> ofVisitor = threads.findByChannelAndConversationKeyOrderByIdAsc(Channel.WEBCHAT,
                visitorKey);
        if (ofVisitor.isEmpty()) {
            return Optional.empty();
        }
        List<Ticket> found = tickets.findByThreadInOrderByIdAsc(ofVisitor);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }
}
