package io.switchboard.admin.livechat;

import io.switchboard.core.livechat.LiveChatState;
import java.time.Instant;

/**
 * A waiting or active chat as the console's queue lists it.
 *
 * @param visitor the visitor's key (the conversation the signals name)
 * @param agent who joined the chat; null while it waits
 * @param assignee the ticket's assignee: the agent the rules picked before anyone joined, or who took it
 * @param waitedSeconds how long the visitor has waited for an agent (until one joined)
 */
public record LiveChatRow(long id, String visitor, String name, String language, boolean vip, LiveChatState state,
        Instant handedOffAt, long waitedSeconds, String agent, String assignee, String ticketNumber, Long threadId) {
}
