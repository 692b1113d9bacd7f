package io.switchboard.core.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands tickets to agents: each queued ticket, in queue order, to a VIP's dedicated manager when
 * online with room, else to the least-loaded online agent with its category's skill and free capacity. Runs when a ticket is created, when an agent comes
 * online or is given more room, when a ticket is resolved, and on the router's periodic check;
 * takes tickets back from an agent who goes offline or lets one wait longer than
 * {@code switchboard.tickets.response-timeout}. Every move is a line of the ticket's history, and
 * happens under the {@link AssignmentLock}, so several instances can serve one queue.
 */
@Service
@Transactional
public class TicketAssigner {

    private static final Logger log = LoggerFactory.getLogger(TicketAssigner.class);

    /** Tickets whose agent is expected to act; PENDING_USER waits on the member, not the agent. */
    private static final Set<TicketStatus> AWAITING_AGENT = EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN);

    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final AgentRepository agents;
    private final TicketsProperties properties;
    private final AssignmentLock lock;
    private final Clock clock;

    TicketAssigner(TicketRepository tickets, TicketEventRepository events, AgentRepository agents,
            TicketsProperties properties, AssignmentLock lock, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.agents = agents;
        this.properties = properties;
        this.lock = lock;
        this.clock = clock;
    }

    /** Gives queued tickets, VIPs first, to whoever is free. @return how many were assigned */
    public int assignQueued() {
        lock.acquire();
        Map<String, AgentLoad> online = onlineLoads();
        if (online.values().stream().noneMatch(AgentLoad::hasRoom)) {
            // Every new ticket asks: with nobody free, reading a queue of thousands would be all its cost.
            return 0;
        }
        List<Ticket> queue = tickets.findByAssigneeIsNullAndStatusIn(TicketStatus.unresolved()).stream()
                .sorted(AssignmentRule.QUEUE_ORDER).toList();
        Instant now = clock.instant();
        int assigned = 0;
        for (Ticket ticket : queue) {
            Optional<AgentLoad> agent = AssignmentRule.pick(ticket.getCategory(), ticket.getVipManager(),
                    online.values(), null);
            if (agent.isPresent()) {
                give(ticket, agent.get(), online, now);
                assigned++;
            }
        }
        return assigned;
    }

    /** Takes back the tickets of an agent who left, and hands them and the queue out again. */
    public void takeBackFrom(String username, String why) {
        lock.acquire();
        Instant now = clock.instant();
        for (Ticket ticket : tickets.findByAssigneeAndStatusIn(username, TicketStatus.unresolved())) {
            events.save(TicketEvent.assigned(ticket, now, TicketEvent.SYSTEM, username, null, why));
            ticket.assignTo(null, now);
        }
        assignQueued();
    }

    /**
     * Moves every NEW or OPEN ticket whose assignee has not responded within the response timeout to
     * another agent who is free; when nobody else is, the agent keeps it and the timeout starts again,
     * so the history says so once per timeout rather than on every check. Then serves the queue.
     *
     * @return how many tickets moved
     */
    public int reassignUnanswered() {
        lock.acquire();
        Instant now = clock.instant();
        List<Ticket> overdue = tickets.findByAssigneeIsNotNullAndStatusInAndAssignedAtLessThanEqual(AWAITING_AGENT,
                now.minus(properties.responseTimeout())).stream()
                .filter(Ticket::awaitsAssigneeResponse)
                .sorted(AssignmentRule.QUEUE_ORDER).toList();
        Map<String, AgentLoad> online = onlineLoads();
        int moved = 0;
        for (Ticket ticket : overdue) {
            String previous = ticket.getAssignee();
            String why = previous + " did not respond within " + properties.responseTimeout();
            Optional<AgentLoad> next = AssignmentRule.pick(ticket.getCategory(), ticket.getVipManager(),
                    online.values(), previous);
            events.save(new TicketEvent(ticket, now, TicketEvent.SYSTEM, "response-timeout",
                    next.isPresent() ? why : why + "; nobody else is free, " + previous + " keeps it"));
            if (next.isPresent()) {
                online.computeIfPresent(previous, (name, load) -> new AgentLoad(name, load.skills(),
                        load.capacity(), load.load() - 1));
                give(ticket, next.get(), online, now);
                moved++;
            } else {
                ticket.assignTo(previous, now);
            }
        }
        if (!overdue.isEmpty()) {
            log.info("{} ticket(s) waited over {} for their agent, {} moved to another", overdue.size(),
                    properties.responseTimeout(), moved);
        }
        return moved;
    }

    private void give(Ticket ticket, AgentLoad agent, Map<String, AgentLoad> online, Instant now) {
        events.save(TicketEvent.assigned(ticket, now, TicketEvent.SYSTEM, ticket.getAssignee(), agent.username()));
        ticket.assignTo(agent.username(), now);
        online.put(agent.username(), agent.withOneMore());
        log.info("{} ({}, {}) assigned to {}", ticket.getNumber(), ticket.getCategory(), ticket.getPriority(),
                agent.username());
    }

    /** Online agents by name, each with the unresolved tickets it holds now. */
    private Map<String, AgentLoad> onlineLoads() {
        List<Agent> online = agents.findByOnlineTrue();
        if (online.isEmpty()) {
            return new TreeMap<>();
        }
        Map<String, Long> held = tickets.unresolvedByAssignee();
        return online.stream()
                .map(agent -> new AgentLoad(agent.getUsername(), agent.getSkills(), agent.getCapacity(),
                        held.getOrDefault(agent.getUsername(), 0L).intValue()))
                .collect(Collectors.toMap(AgentLoad::username, Function.identity(), (a, b) -> a, TreeMap::new));
    }
}
