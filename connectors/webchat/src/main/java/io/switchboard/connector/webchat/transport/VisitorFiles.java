package io.switchboard.connector.webchat.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.core.attachment.AttachmentContent;
import io.switchboard.core.livechat.ChatFrame;
import io.switchboard.core.attachment.Attachments;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.attachment.UploadedFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Visitors' screenshots: stored by core's attachment rules (type by the bytes, size, metadata stripped) under the
 * visitor's key, attached to the visitor's own messages only, and served only to the visitor whose conversation
 * shows them (the agent's files too, once a frame lists them).
 */
@Service
class VisitorFiles {

    private final Attachments attachments;
    private final JdbcTemplate jdbc;

    VisitorFiles(Attachments attachments, JdbcTemplate jdbc) {
        this.attachments = attachments;
        this.jdbc = jdbc;
    }

    /**
     * Stores a visitor's file under the help center's rules for attachments (core.attachment: size, type by the
     * bytes, location data stripped).
     *
     * @throws io.switchboard.core.attachment.AttachmentRefusedException when core's rules refuse the file
     */
    StoredAttachment upload(String visitorKey, MultipartFile file) {
        try {
            return attachments.storeAll(List.of(new UploadedFile(file.getOriginalFilename(), file.getBytes())),
                    visitorKey).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files a message of the visitor names, each uploaded by that visitor.
     *
     * @throws ChatRefusal bad-request when one is unknown or someone else's
     */
    List<StoredAttachment> own(String visitorKey, String clientId, List<Long> ids) {
        List<StoredAttachment> files = new ArrayList<>(ids.size());
        for (Long id : ids) {
            files.add(jdbc.query("select id, filename, content_type, size from attachment where id = ? and"
                    + " uploaded_by = ?", (row, n) -> new StoredAttachment(row.getLong("id"), row.getString("filename"),
                            row.getString("content_type"), row.getLong("size")), id, visitorKey).stream().findFirst()
                    .orElseThrow(() -> new ChatRefusal(ChatRefusal.BAD_REQUEST, clientId, "no uploaded file " + id)));
        }
        return files;
    }

    /** The file, when a frame of the visitor's conversation lists it; empty for anyone else's. */
    Optional<AttachmentContent> servable(String visitorKey, long id) {
        boolean shown = jdbc.queryForList("select details from chat_frame where visitor_key = ? and details like ?",
                String.class, visitorKey, "%\"files\"%").stream().anyMatch(details -> lists(details, id));
        return shown ? attachments.content(id) : Optional.empty();
    }

    private static boolean lists(String details, long id) {
        for (JsonNode file : ChatFrame.readDetails(details).path("files")) {
            if (file.path("id").asLong(-1) == id) {
                return true;
            }
        }
        return false;
    }
}
