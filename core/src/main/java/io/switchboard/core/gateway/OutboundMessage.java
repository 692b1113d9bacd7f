package io.switchboard.core.gateway;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
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
 * @param subject a heading for channels that show one (an e-mail's subject); null lets the channel choose
 *     (an e-mail reply takes its conversation's subject)
 * @param attachments files to send with the text, each a stored attachment ({@code stored:<id>}); only sent
 *     where the channel's gateway {@link ChannelGateway#sendsAttachments sends attachments}
 * @param deliveryKey what makes this delivery unique (the outbox entry's decision key), for platforms that
 *     let a sender name a message so that a second send of it is recognized (an e-mail's Message-ID);
 *     null when the message is not from the outbox
 */
public record OutboundMessage(Channel channel, String chatId, String conversationKey,
        String replyToMessageId, String text, TextFormat format, Sender sender, List<Choice> choices,
        String subject, List<Attachment> attachments, String deliveryKey) {

    public OutboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(text, "text");
        format = format == null ? TextFormat.PLAIN : format;
        sender = sender == null ? Sender.BOT_NOTICE : sender;
        choices = choices == null ? List.of() : List.copyOf(choices);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A message with neither a subject nor files of its own. */
    public OutboundMessage(Channel channel, String chatId, String conversationKey, String replyToMessageId,
            String text, TextFormat format, Sender sender, List<Choice> choices) {
        this(channel, chatId, conversationKey, replyToMessageId, text, format, sender, choices, null, List.of(), null);
    }

    /** A message without buttons. */
    public OutboundMessage(Channel channel, String chatId, String conversationKey, String replyToMessageId,
            String text, TextFormat format, Sender sender) {
        this(channel, chatId, conversationKey, replyToMessageId, text, format, sender, List.of(), null, List.of(), null);
    }

    /** A message of the bot's that answers nothing (a notice). */
    public OutboundMessage(Channel channel, String chatId, String conversationKey, String replyToMessageId,
            String text, TextFormat format) {
        this(channel, chatId, conversationKey, replyToMessageId, text, format, Sender.BOT_NOTICE, List.of(), null,
                List.of(), null);
    }
}
