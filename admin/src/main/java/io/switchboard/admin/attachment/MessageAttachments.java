package io.switchboard.admin.attachment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.thread.ThreadMessage;
import org.springframework.stereotype.Component;

/**
 * A thread message's attachments as the console's pages and the thread API show them: the stored JSON array
 * of {@code {kind, fileId, mimeType}} (see {@code console/attachments.html} for how a file Switchboard keeps
 * itself, {@code stored:<id>}, is shown).
 */
@Component
public class MessageAttachments {

    private final ObjectMapper objectMapper;

    MessageAttachments(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The stored JSON array, or an empty one; stored JSON that does not parse is a bug upstream. */
    public JsonNode of(ThreadMessage message) {
        String json = message.getAttachments();
        if (json == null || json.isBlank()) {
            return objectMapper.createArrayNode();
        }
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("thread message " + message.getId() + " has malformed attachments JSON", e);
        }
    }
}
