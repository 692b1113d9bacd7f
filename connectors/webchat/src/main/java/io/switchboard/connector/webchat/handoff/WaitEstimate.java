package io.switchboard.connector.webchat.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import io.switchboard.connector.webchat.WebchatProperties;
import io.switchboard.core.livechat.LiveChats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long a visitor in the queue may wait: the chats ahead of them and theirs, each as long as today's median
 * chat (from an agent joining to the end; {@code minutes-per-chat} until a chat ended today), shared among the
 * agents online. Rounded up, and never "0 minutes".
 */
@Component
class WaitEstimate {

    private final LiveChats chats;
    private final ChatStaffing staffing;
    private final WebchatProperties properties;
    private final Clock clock;

    WaitEstimate(LiveChats chats, ChatStaffing staffing, WebchatProperties properties, Clock clock) {
        this.chats = chats;
        this.staffing = staffing;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param position the visitor's place in the queue, from 1 */
    @Transactional(readOnly = true)
    long minutes(int position, String language) {
        long agents = Math.max(1, staffing.agentsOnline());
        double perChat = medianChatToday(language).map(length -> length.toSeconds() / 60.0)
                .orElse((double) properties.minutesPerChat());
        return Math.max(1, (long) Math.ceil(position * perChat / agents));
    }

    private Optional<Duration> medianChatToday(String language) {
        ZoneId zone = staffing.zone(language);
        return chats.medianLength(LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant());
    }
}
