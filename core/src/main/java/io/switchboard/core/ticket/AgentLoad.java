package io.switchboard.core.ticket;

import java.util.Set;

/**
 * An online agent as the assignment rule sees it.
 *
 * @param load the unresolved tickets the agent holds now
 */
record AgentLoad(String username, Set<TicketCategory> skills, int capacity, int load) {

    boolean canTake(TicketCategory category) {
        return skills.contains(category) && hasRoom();
    }

    boolean hasRoom() {
        return load < capacity;
    }

    AgentLoad withOneMore() {
        return new AgentLoad(username, skills, capacity, load + 1);
    }
}
