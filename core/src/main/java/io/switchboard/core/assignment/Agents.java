package io.switchboard.core.assignment;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents who take tickets: their skills and capacity, and whether they are online. Changes that
 * free or remove an agent hand tickets out again right away.
 */
@Service
@Transactional
public class Agents {

    private final AgentRepository agents;
    private final Accounts accounts;
    private final TicketRepository tickets;
    private final TicketAssigner assigner;
    private final AssignmentLock lock;
    private final Clock clock;

    Agents(AgentRepository agents, Accounts accounts, TicketRepository tickets, TicketAssigner assigner,
            AssignmentLock lock, Clock clock) {
        this.agents = agents;
        this.accounts = accounts;
        this.tickets = tickets;
        this.assigner = assigner;
        this.lock = lock;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AgentStatus> list() {
        Map<String, Long> held = tickets.unresolvedByAssignee();
        return agents.findAllByOrderByUsernameAsc().stream()
                .map(agent -> status(agent, held.getOrDefault(agent.getUsername(), 0L)))
                .toList();
    }

    /**
     * Sets what a staff member handles; the first call makes them an agent (offline).
     *
     * @throws AgentNotFoundException when the name is not a staff account
     */
    public AgentStatus configure(String username, Set<TicketCategory> skills, int capacity) {
        String name = staffUsername(username);
        lock.acquire();
        Instant now = clock.instant();
        Agent agent = agents.findByUsername(name).orElseGet(() -> agents.save(new Agent(name, now)));
        agent.changeProfile(skills, capacity, now);
        if (agent.isOnline()) {
            assigner.assignQueued();
        }
        return status(agent);
    }

    /** @throws AgentNotFoundException when the name has no agent profile */
    public AgentStatus online(String username) {
        lock.acquire();
        Agent agent = agent(username);
        agent.changePresence(true, clock.instant());
        assigner.assignQueued();
        return status(agent);
    }

    /** Takes the agent's unresolved tickets back into the queue, for other agents. */
    public AgentStatus offline(String username) {
        lock.acquire();
        Agent agent = agent(username);
        agent.changePresence(false, clock.instant());
        assigner.takeBackFrom(agent.getUsername(), agent.getUsername() + " went offline");
        return status(agent);
    }

    private Agent agent(String username) {
        return agents.findByUsername(Account.normalize(username)).orElseThrow(() -> new AgentNotFoundException(
                "'" + username + "' is not an agent: give them skills and a capacity first"
                        + " (PUT /api/agents/" + username + ")"));
    }

    private String staffUsername(String username) {
        return accounts.findStaff(username).map(Account::getUsername)
                .orElseThrow(() -> new AgentNotFoundException("'" + username + "' is not a staff account"));
    }

    private AgentStatus status(Agent agent) {
        return status(agent, tickets.findByAssigneeAndStatusIn(agent.getUsername(), TicketStatus.unresolved()).size());
    }

    private static AgentStatus status(Agent agent, long load) {
        return new AgentStatus(agent.getUsername(), agent.getSkills(), agent.getCapacity(), agent.isOnline(),
                agent.getLastSeenAt(), load);
    }
}
