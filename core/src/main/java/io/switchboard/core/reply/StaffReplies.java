package io.switchboard.core.reply;

import io.switchboard.core.inbound.Attachment;
import java.util.List;

/**
 * How staff answer a support thread from the admin console: the reply goes to the thread's
 * conversation on its own channel, through the outbox, like the bot's replies. Implemented by
 * the router; the admin module calls it without depending on the router.
 */
public interface StaffReplies {

    /**
     * Queues a staff member's reply in the thread's conversation.
     *
     * @return the id of the outbox entry that will deliver it
     * @throws java.util.NoSuchElementException when there is no such thread
     */
    default long reply(long threadId, String staffName, String text) {
        return reply(threadId, staffName, text, List.of());
    }

    /**
     * Queues a staff member's reply with files ({@code stored:<id>} attachments), for a channel whose gateway
     * {@link io.switchboard.core.gateway.ChannelGateway#sendsAttachments sends attachments}.
     *
     * @return the id of the outbox entry that will deliver it
     * @throws java.util.NoSuchElementException when there is no such thread
     * @throws IllegalArgumentException when there are files and the thread's channel cannot send them
     */
    long reply(long threadId, String staffName, String text, List<Attachment> attachments);
}
