package io.switchboard.core.ticket;

import io.switchboard.core.account.Account;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents who take tickets: their skills and capacity, and whether they are online. Changes that
 * free or remove an agent hand tickets out again right away; each change is a line of the staff
 * audit log.
 */
@Service
@Transactional
public class Agents {

    /** What a new agent account takes until an admin says otherwise: everything, a few at a time. */
    public static final int DEFAULT_CAPACITY = 5;

    private final AgentRepository agents;
    private final Accounts accounts;
    private final TicketRepository tickets;
    private final TicketAssigner assigner;
    private final AssignmentLock lock;
    private final StaffAudit audit;
    private final Clock clock;

    Agents(AgentRepository agents, Accounts accounts, TicketRepository tickets, TicketAssigner assigner,
            AssignmentLock lock, StaffAudit audit, Clock clock) {
        this.agents = agents;
        this.accounts = accounts;
        this.tickets = tickets;
        this.assigner = assigner;
        this.lock = lock;
        this.audit = audit;
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
    public AgentStatus configure(String actor, String username, Set<TicketCategory> skills, int capacity) {
        String name = staffUsername(username);
        lock.acquire();
        Instant now = clock.instant();
        Optional<Agent> existing = agents.findByUsername(name);
        Object before = existing.map(Agents::profile).orElse(null);
        Agent agent = existing.orElseGet(() -> agents.save(new Agent(name, now)));
        agent.changeProfile(skills, capacity, now);
        audit.record(actor, "agent.profile", AuditTarget.of("agent", name), before, profile(agent));
        if (agent.isOnline()) {
            assigner.assignQueued();
        }
        return status(agent);
    }

    /**
     * Makes a staff account an agent who takes every category, {@link #DEFAULT_CAPACITY} at a time,
     * unless it is one already.
     */
    public void ensureAgent(String actor, String username) {
        if (agents.findByUsername(Account.normalize(username)).isEmpty()) {
            configure(actor, username, EnumSet.allOf(TicketCategory.class), DEFAULT_CAPACITY);
        }
    }

    /** @throws AgentNotFoundException when the name has no agent profile, or its account is disabled */
    public AgentStatus online(String actor, String username) {
        staffUsername(username);
        lock.acquire();
        Agent agent = agent(username);
        changePresence(actor, agent, true);
        assigner.assignQueued();
        return status(agent);
    }

    /** Takes the agent's unresolved tickets back into the queue, for other agents. */
    public AgentStatus offline(String actor, String username) {
        lock.acquire();
        Agent agent = agent(username);
        changePresence(actor, agent, false);
        assigner.takeBackFrom(agent.getUsername(), agent.getUsername() + " went offline");
        return status(agent);
    }

    /** An account that can no longer work tickets (disabled) goes offline, if it is an online agent. */
    public void takeOffline(String actor, String username) {
        agents.findByUsername(Account.normalize(username)).filter(Agent::isOnline)
                .ifPresent(agent -> offline(actor, agent.getUsername()));
    }

    private void changePresence(String actor, Agent agent, boolean online) {
        boolean before = agent.isOnline();
        agent.changePresence(online, clock.instant());
        if (before != online) {
            audit.record(actor, "agent.presence", AuditTarget.of("agent", agent.getUsername()),
                    StaffAudit.state("online", before), StaffAudit.state("online", online));
        }
    }

    private static Map<String, Object> profile(Agent agent) {
        return StaffAudit.state("skills", agent.getSkills(), "capacity", agent.getCapacity());
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
