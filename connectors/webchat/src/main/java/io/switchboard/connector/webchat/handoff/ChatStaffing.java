package io.switchboard.connector.webchat.handoff;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.switchboard.connector.webchat.WebchatProperties;
import io.switchboard.core.ticket.AgentStatus;
import io.switchboard.core.ticket.Agents;
import org.springframework.stereotype.Service;

/**
 * Tells whether a person can take a chat now: within the language's business hours
 * ({@code switchboard.webchat.hours}, a language without any is answered at all hours), with an agent online. The
 * hours are read when the application starts: a wrong entry stops it with a message naming the entry, rather than
 * leaving visitors queued at hours nobody works.
 */
@Service
public class ChatStaffing {

    private static final ZoneId ALL_HOURS_ZONE = ZoneId.of("UTC");

    private final Agents agents;
    private final Map<String, BusinessHours> hours = new HashMap<>();
    private final Clock clock;

    ChatStaffing(WebchatProperties properties, Agents agents, Clock clock) {
        this.agents = agents;
        this.clock = clock;
        properties.hours().forEach((language, settings) -> hours.put(language, BusinessHours.parse(language, settings)));
    }

    /** @param language {@code zh} or {@code en}; null or one without hours is answered at all hours */
    public Staffing now(String language) {
        if (!hours(language).map(open -> open.open(clock.instant())).orElse(true)) {
            return new Staffing(false, Staffing.HOURS);
        }
        return agentsOnline() > 0 ? Staffing.STAFFED : new Staffing(false, Staffing.NOBODY);
    }

    /** How many agents are online now, whatever their skills. */
    public long agentsOnline() {
        return agents.list().stream().filter(AgentStatus::online).count();
    }

    /** The zone the language's hours are in; UTC for a language answered at all hours. */
    public ZoneId zone(String language) {
        return hours(language).map(BusinessHours::zone).orElse(ALL_HOURS_ZONE);
    }

    private Optional<BusinessHours> hours(String language) {
        return Optional.ofNullable(language == null ? null : hours.get(language));
    }
}
