package io.switchboard.core.gateway;

import io.switchboard.core.channel.Channel;
import java.util.Objects;

/**
 * A reply to deliver.
 *
 * @param chatId the platform chat to send to
 * @param conversationKey the conversation it belongs to (a connector reads the Telegram forum
 *     topic, or the X conversation, from it)
 * @param replyToMessageId the {@code messageId} of the inbound message answered, or null
 */
public record OutboundMessage(Channel channel, String chatId, String conversationKey,
        String replyToMessageId, String text, TextFormat format) {

    public OutboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(text, "text");
        format = format == null ? TextFormat.PLAIN : format;
    }
}
