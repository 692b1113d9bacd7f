package io.switchboard.connector.webchat.transport;

import java.util.LinkedHashMap;
import java.util.Map;

import io.switchboard.core.livechat.ChatSignal;

/** The agent's typing and read marks as the widget reads them, over the WebSocket and long polling alike. */
final class VisitorEvents {

    private VisitorEvents() {
    }

    /** {@code {"type":"typing","party":"AGENT","name":..,"on":..}} or {@code {"type":"read","party":"AGENT","upTo":..}}. */
    static Map<String, Object> of(ChatSignal signal) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", signal.type() == ChatSignal.Type.TYPING ? "typing" : "read");
        event.put("party", signal.party().name());
        if (signal.type() == ChatSignal.Type.TYPING) {
            event.put("name", signal.name());
            event.put("on", signal.on());
        } else {
            event.put("upTo", signal.seq());
        }
        return event;
    }
}
