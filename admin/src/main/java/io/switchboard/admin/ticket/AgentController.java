package io.switchboard.admin.ticket;

import io.switchboard.core.ticket.AgentStatus;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.TicketCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/agents}: who takes tickets, with which skills and how many at once, and who is
 * online. Going online hands out queued tickets; going offline puts the agent's tickets back.
 */
@RestController
@RequestMapping("/api/agents")
class AgentController {

    static final int MAX_CAPACITY = 100;

    private final Agents agents;

    AgentController(Agents agents) {
        this.agents = agents;
    }

    @GetMapping
    List<AgentStatus> list() {
        return agents.list();
    }

    @PutMapping("/{username}")
    AgentStatus configure(@PathVariable String username, @Valid @RequestBody Profile profile, Principal staff) {
        Set<TicketCategory> skills = profile.skills().isEmpty() ? EnumSet.noneOf(TicketCategory.class)
                : EnumSet.copyOf(profile.skills());
        return agents.configure(staff.getName(), username, skills, profile.capacity());
    }

    @PostMapping("/{username}/online")
    AgentStatus online(@PathVariable String username, Principal staff) {
        return agents.online(staff.getName(), username);
    }

    @PostMapping("/{username}/offline")
    AgentStatus offline(@PathVariable String username, Principal staff) {
        return agents.offline(staff.getName(), username);
    }

    /** {@code {"skills": ["TRADING", "OTHER"], "capacity": 5}} */
    record Profile(@NotNull List<@NotNull TicketCategory> skills,
            @NotNull @Min(1) @Max(MAX_CAPACITY) Integer capacity) {
    }
}
