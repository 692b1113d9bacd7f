package io.switchboard.connector.webchat.transport;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.core.livechat.ChatFrame;
import org.springframework.stereotype.Component;

/**
 * A frame as the widget reads it, the same over the WebSocket and long polling: its columns, and what its details
 * carry ({@code card}, {@code choices}, {@code files} with their {@code url}, {@code code}, {@code args}).
 */
@Component
class FrameView {

    static final String FILES_PATH = "/chat/files/";
    private static final String[] DETAILS = {"card", "choices", "files", "code", "args"};

    Map<String, Object> of(ChatFrame frame) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("seq", frame.seq());
        view.put("kind", frame.kind().name());
        view.put("author", frame.author());
        view.put("text", frame.text());
        view.put("clientId", frame.clientId());
        view.put("at", frame.createdAt().toString());
        JsonNode details = frame.detailsJson();
        for (String field : DETAILS) {
            if (details.hasNonNull(field)) {
                view.put(field, details.get(field));
            }
        }
        for (JsonNode file : details.path("files")) {
            if (file instanceof ObjectNode described && file.hasNonNull("id")) {
                described.put("url", FILES_PATH + file.get("id").asText());
            }
        }
        return view;
    }
}
