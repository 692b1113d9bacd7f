package io.switchboard.core.gateway;

import io.switchboard.core.channel.Channel;
import java.util.List;
import java.util.Objects;

/**
 * A reply to deliver.
 *
 * @param chatId the platform chat to send to
 * @param conversationKey the conversation it belongs to (a connector reads the Telegram forum
 *     topic, or the X conversation, from it)
 * @param replyToMessageId the {@code messageId} of the inbound message answered, or null
 * @param sender who speaks; the bot's notice when not given
 * @param choices buttons to show under the text, in order; only sent where the channel's gateway
 *     {@link ChannelGateway#offersChoices offers choices}, empty for a plain message
 */
public record OutboundMessage(Channel channel, String chatId, String conversationKey,
        String replyToMessageId, String text, TextFormat format, Sender sender, List<Choice> choices) {

    public OutboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(text, "text");
        format = format == null ? TextFormat.PLAIN : format;
        sender = sender == null ? Sender.BOT_NOTICE : sender;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A message without buttons. */
    public OutboundMessage(Channel channel, String chatId, String conversationKey, String replyToMessageId,
            String text, TextFormat format, Sender sender) {
        this(channel, chatId, conversationKey, replyToMessageId, text, format, sender, List.of());
    }

    /** A message of the bot's that answers nothing (a notice). */
    public OutboundMessage(Channel channel, String chatId, String conversationKey, String replyToMessageId,
            String text, TextFormat format) {
        this(channel, chatId, conversationKey, replyToMessageId, text, format, Sender.BOT_NOTICE, List.of());
    }
}
