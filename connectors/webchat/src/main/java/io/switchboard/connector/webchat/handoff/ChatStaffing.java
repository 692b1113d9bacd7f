package io.switchboard.connector.webchat.handoff;

import io.switchboard.core.ticket.Agents;
import org.springframework.stereotype.Service;

/** Tells whether a person can take a chat now: within the language's business hours, with an agent online. */
@Service
public class ChatStaffing {

    private final Agents agents;

    ChatStaffing(Agents agents) {
        this.agents = agents;
    }

    /** @param language {@code zh} or {@code en} */
    public Staffing now(String language) {
        // first cut, to be replaced by business hours and holidays per language
        return agents.list().stream().anyMatch(agent -> agent.online()) ? Staffing.STAFFED
                : new Staffing(false, "nobody");
    }
}
