package io.switchboard.core.livechat;

import java.time.Duration;
import java.util.Map;

/**
 * The live chat on the dashboard: how many wait now, and since the start of the day (the console's zone) how long
 * visitors waited for an agent and for the first reply (medians, null when no chat has one), and how many chats
 * each agent took.
 */
public record LiveChatFigures(long waitingNow, long activeNow, long handedOffToday, Duration medianWait,
        Duration medianFirstResponse, Map<String, Long> chatsPerAgent) {
}
