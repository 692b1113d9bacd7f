package io.switchboard.connector.webchat.visitor;

import io.switchboard.connector.webchat.handoff.Staffing;

/**
 * What the widget learns when it opens: its token (kept in the browser), who it is, whether a person could answer
 * now, where its conversation stands.
 *
 * @param lastSeq the seq of the conversation's newest frame, 0 before the first
 * @param agent the name of the agent in the chat, or null
 * @param state {@code BOT} (no hand-off under way), {@code WAITING} or {@code ACTIVE}
 */
public record SessionAnswer(String token, String visitor, boolean identified, String lang, Staffing staffing,
        long lastSeq, String agent, String state) {
}
