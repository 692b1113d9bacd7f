package io.switchboard.core.livechat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a {@link FrameKind#SYSTEM} frame tells, as its {@code details}: a code and its arguments, worded by the
 * widget and the console in their reader's language. The frame's text is the English wording, for transcripts and
 * logs.
 */
public record SystemNote(String code, Map<String, Object> args) {

    /** The visitor waits for an agent: {@code position} in the queue, {@code minutes} expected. */
    public static final String QUEUED = "queued";
    /** Nobody can take the chat now ({@code reason}: {@code hours} or {@code nobody}); the visitor may leave an e-mail. */
    public static final String UNSTAFFED = "unstaffed";
    /** An agent ({@code agent}, their name) joined. */
    public static final String JOINED = "joined";
    /** The chat went to another agent ({@code agent}) or back to a team's queue ({@code team}). */
    public static final String TRANSFERRED = "transferred";
    /** The agent closed the chat ({@code resolved}: true or false). */
    public static final String CLOSED = "closed";

    private static final ObjectMapper JSON = new ObjectMapper();

    public SystemNote {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public static SystemNote of(String code, Object... keysAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            args.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new SystemNote(code, args);
    }

    /** The frame's {@code details}: {@code {"code": ..., "args": {...}}}. */
    public String details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("args", new LinkedHashMap<>(args));
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a system note's arguments are plain values", e);
        }
    }
}
