package io.switchboard.core.ticket;

import java.time.Instant;
import java.util.Set;

/**
 * An agent as staff see it.
 *
 * @param load the unresolved tickets the agent holds now
 */
public record AgentStatus(String username, Set<TicketCategory> skills, int capacity, boolean online,
        Instant lastSeenAt, long load) {
}
