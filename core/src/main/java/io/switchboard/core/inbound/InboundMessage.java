package io.switchboard.core.inbound;

import io.switchboard.core.channel.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One platform event, normalized by a connector. The connector decides what the ids mean on its
 * platform; the router only relies on the contracts documented here.
 *
 * @param channel where it came from
 * @param eventId idempotency key of the delivery on that channel (Telegram update id, webhook
 *     entry id + verb...): the same event delivered twice carries the same id
 * @param messageId the platform's id of the message itself, unique within the channel; edits
 *     and removals carry the id of the message they change
 * @param conversationKey groups messages into conversations (chat id + forum topic, X
 *     conversation id, Facebook post, Messenger sender, forum topic)
 * @param chat the chat the message was written in
 * @param author who wrote it
 * @param kind what the event means
 * @param text the text, caption or quick-reply payload; empty when there is none
 * @param replyToMessageId messageId of the message this replies to, or null
 * @param attachments files that came with it
 * @param receivedAt when the platform says it was written
 * @param privateChat true for one-to-one chats with the bot, false for groups and public posts
 * @param addressesBot true when it mentions the bot, replies to the bot, or is a bot command
 * @param rawPayload the platform's JSON, stored for audit and reprocessing
 * @param linkTargets links in the text that do not show where they lead, each to where it does
 *     (X's {@code t.co} links to their expanded URLs): the scam guard checks the destinations,
 *     while the text, which the answer engine reads and staff see, stays as the member wrote it
 * @param request the form a person filed, when the message is one (the help center's request form):
 *     it always becomes a ticket in the form's category; null for everything else
 * @param screening what the connector found that the pipeline must respect (a mail an auto-responder
 *     sent is never answered); {@link Screening#NONE} when not given
 */
public record InboundMessage(
        Channel channel,
        String eventId,
        String messageId,
        String conversationKey,
        ChatRef chat,
        Author author,
        InboundKind kind,
        String text,
        String replyToMessageId,
        List<Attachment> attachments,
        Instant receivedAt,
        boolean privateChat,
        boolean addressesBot,
        String rawPayload,
        Map<String, String> linkTargets,
        FiledRequest request,
        Screening screening,
        ForwardOrigin forwardedFrom) {

    /** A message the member wrote themselves. */
    public InboundMessage(Channel channel, String eventId, String messageId, String conversationKey, ChatRef chat,
            Author author, InboundKind kind, String text, String replyToMessageId, List<Attachment> attachments,
            Instant receivedAt, boolean privateChat, boolean addressesBot, String rawPayload,
            Map<String, String> linkTargets, FiledRequest request, Screening screening) {
        this(channel, eventId, messageId, conversationKey, chat, author, kind, text, replyToMessageId, attachments,
                receivedAt, privateChat, addressesBot, rawPayload, linkTargets, request, screening, null);
    }

    /** A message the connector found nothing about. */
    public InboundMessage(Channel channel, String eventId, String messageId, String conversationKey, ChatRef chat,
            Author author, InboundKind kind, String text, String replyToMessageId, List<Attachment> attachments,
            Instant receivedAt, boolean privateChat, boolean addressesBot, String rawPayload,
            Map<String, String> linkTargets, FiledRequest request) {
        this(channel, eventId, messageId, conversationKey, chat, author, kind, text, replyToMessageId, attachments,
                receivedAt, privateChat, addressesBot, rawPayload, linkTargets, request, Screening.NONE, null);
    }

    /** A message that files no request. */
    public InboundMessage(Channel channel, String eventId, String messageId, String conversationKey, ChatRef chat,
            Author author, InboundKind kind, String text, String replyToMessageId, List<Attachment> attachments,
            Instant receivedAt, boolean privateChat, boolean addressesBot, String rawPayload,
            Map<String, String> linkTargets) {
        this(channel, eventId, messageId, conversationKey, chat, author, kind, text, replyToMessageId, attachments,
                receivedAt, privateChat, addressesBot, rawPayload, linkTargets, null, Screening.NONE, null);
    }

    /** A message whose links, if any, show where they lead. */
    public InboundMessage(Channel channel, String eventId, String messageId, String conversationKey, ChatRef chat,
            Author author, InboundKind kind, String text, String replyToMessageId, List<Attachment> attachments,
            Instant receivedAt, boolean privateChat, boolean addressesBot, String rawPayload) {
        this(channel, eventId, messageId, conversationKey, chat, author, kind, text, replyToMessageId, attachments,
                receivedAt, privateChat, addressesBot, rawPayload, Map.of(), null, Screening.NONE, null);
    }

    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receivedAt, "receivedAt");
        text = text == null ? "" : text;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        linkTargets = linkTargets == null ? Map.of() : Map.copyOf(linkTargets);
        screening = screening == null ? Screening.NONE : screening;
    }

    /** The text with each link that hides its destination replaced by the destination. */
    public String textWithLinkTargets() {
        String written = text;
        for (Map.Entry<String, String> link : linkTargets.entrySet()) {
            written = written.replace(link.getKey(), link.getValue());
        }
        return written;
    }
}
