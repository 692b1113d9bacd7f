package io.switchboard.admin.thread;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.admin.ticket.TicketSummary;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.ThreadMessage;
import java.time.Instant;
import java.util.List;

/** A support thread with its messages, in and out, oldest first, and its tickets. */
record ThreadDetail(@JsonUnwrapped ThreadSummary thread, List<MessageView> messages,
        List<TicketSummary> tickets) {

    /**
     * @param attachments a JSON array of {kind, fileId, mimeType}; empty when there are none
     * @param removed deleted on the platform, by the member or by staff; the text is kept for the record
     * @param hidden hidden on the platform by staff
     */
    record MessageView(Long id, Direction direction, String externalId, String replyToExternalId, String text,
            String authorName, JsonNode attachments, Instant createdAt, Instant editedAt, boolean removed,
            boolean hidden) {

        static MessageView from(ThreadMessage message, JsonNode attachments) {
            return new MessageView(message.getId(), message.getDirection(), message.getExternalId(),
                    message.getReplyToExternalId(), message.getText(), message.getAuthorName(), attachments,
                    message.getCreatedAt(), message.getEditedAt(), message.isRemoved(), message.isHidden());
        }
    }
}
