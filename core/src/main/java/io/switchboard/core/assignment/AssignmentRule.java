package io.switchboard.core.assignment;

import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Who gets a ticket, and which queued ticket goes first. Pure: the callers bring the facts. */
final class AssignmentRule {

    /** VIP members first, then the higher priority, then the older ticket. */
    static final Comparator<Ticket> QUEUE_ORDER = Comparator.comparing(Ticket::isForVip).reversed()
            .thenComparing(Ticket::getPriority, Comparator.reverseOrder())
            .thenComparing(Ticket::getCreatedAt)
            .thenComparing(Ticket::getId);

    /** Fewest tickets first; equal loads go by user name, so the choice never depends on row order. */
    private static final Comparator<AgentLoad> LEAST_LOADED =
            Comparator.comparingInt(AgentLoad::load).thenComparing(AgentLoad::username);

    private AssignmentRule() {
    }

    /**
     * The least-loaded agent with the category's skill and room for one more ticket.
     *
     * @param except an agent who must not get it (the one who let it time out), or null
     */
    static Optional<AgentLoad> pick(TicketCategory category, Collection<AgentLoad> online, String except) {
        return online.stream()
                .filter(agent -> agent.canTake(category) && !agent.username().equals(except))
                .min(LEAST_LOADED);
    }
}
