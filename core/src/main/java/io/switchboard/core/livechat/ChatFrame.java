package io.switchboard.core.livechat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One line of a visitor's chat window, as stored ({@link ChatFrames}).
 *
 * @param seq its place in the visitor's conversation, from 1, without gaps
 * @param author the agent's name for {@link FrameKind#AGENT}; null otherwise
 * @param clientId the widget's id of a visitor's message; null for the others
 * @param details JSON with what the text alone does not say, or null: {@code card} (the article an answer is:
 *     {@code key}, {@code title}, {@code summary}, {@code url}), {@code choices} (buttons: {@code label},
 *     {@code data}), {@code files} (attachments: {@code id}, {@code name}, {@code type}), and for
 *     {@link FrameKind#SYSTEM} {@code code} and {@code args}
 */
public record ChatFrame(long id, String visitorKey, long seq, FrameKind kind, String author, String text,
        String clientId, String details, Instant createdAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The details read, a tree of its own for each call; an empty object when there are none. */
    public JsonNode detailsJson() {
        return readDetails(details);
    }

    /** What a {@link FrameKind#SYSTEM} frame tells; empty for the other frames. */
    public Optional<SystemNote> note() {
        JsonNode details = detailsJson();
        if (kind != FrameKind.SYSTEM || !details.hasNonNull("code")) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> args = JSON.convertValue(details.path("args"), Map.class);
        return Optional.of(new SystemNote(details.get("code").asText(), args));
    }

    /**
     * Stored details read as JSON: an empty object for none, and for what cannot be read (a frame is shown by its
     * text whatever its details hold).
     */
    public static JsonNode readDetails(String details) {
        if (details == null || details.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(details);
        } catch (JsonProcessingException unreadable) {
            return JSON.createObjectNode();
        }
    }
}
