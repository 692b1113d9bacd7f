package io.switchboard.admin.dashboard;

import io.switchboard.admin.AdminProperties;
import io.switchboard.core.livechat.LiveChatFigures;
import io.switchboard.core.livechat.LiveChats;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The dashboard's live-chat figures, "today" being the day in the console's zone, as every time it shows. */
@Component
class LiveChatPanel {

    private final LiveChats chats;
    private final AdminProperties properties;
    private final Clock clock;

    LiveChatPanel(LiveChats chats, AdminProperties properties, Clock clock) {
        this.chats = chats;
        this.properties = properties;
        this.clock = clock;
    }

    LiveChatFigures today() {
        Instant startOfDay = LocalDate.now(clock.withZone(properties.consoleZone()))
                .atStartOfDay(properties.consoleZone()).toInstant();
        return chats.figures(startOfDay);
    }
}
