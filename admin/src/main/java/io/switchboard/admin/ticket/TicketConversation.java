package io.switchboard.admin.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.admin.email.MailOriginals;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.ThreadMessage;
import java.time.Instant;
import java.util.List;

/**
 * A ticket's member and the messages of its thread, oldest first, as the console's ticket view
 * shows them.
 *
 * @param conversationKey the thread's conversation, where a reply goes
 * @param manager the VIP's dedicated manager, or null
 */
record TicketConversation(long memberId, Channel channel, String conversationKey, String displayName, String handle, String platformId,
        boolean vip, String manager, List<Line> messages) {

    /**
     * What the member wrote (IN) or what was sent back (OUT).
     *
     * @param attachments a JSON array of {kind, fileId, mimeType}; empty when there are none
     * @param original what a member's message's stored event says beyond it (an e-mail's whole text); null for none
     */
    record Line(Instant at, Direction direction, String author, String text, boolean removed, JsonNode attachments,
            MailOriginals.Original original) {

        static Line from(ThreadMessage message, JsonNode attachments, MailOriginals.Original original) {
            return new Line(message.getCreatedAt(), message.getDirection(), message.getAuthorName(),
                    message.getText(), message.isRemoved(), attachments, original);
        }
    }

    /** How staff call the member: the name, else the handle, else the platform id. */
    public String name() {
        return displayName != null ? displayName : handle != null ? handle : platformId;
    }
}
