package io.switchboard.core.ticket;

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
     * The VIP's dedicated manager when online with room, whatever their skills; otherwise the
     * least-loaded agent with the category's skill and room for one more ticket.
     *
     * @param manager the VIP member's dedicated manager, or null
     * @param except an agent who must not get it (the one who let it time out), or null
     */
    static Optional<AgentLoad> pick(TicketCategory category, String manager, Collection<AgentLoad> online,
            String except) {
        if (manager != null && !manager.equals(except)) {
            Optional<AgentLoad> dedicated = online.stream()
                    .filter(agent -> agent.username().equals(manager) && agent.hasRoom())
                    .findFirst();
            if (dedicated.isPresent()) {
                return dedicated;
            }
        }
        return online.stream()
                .filter(agent -> agent.canTake(category) && !agent.username().equals(except))
                .min(LEAST_LOADED);
    }
}
