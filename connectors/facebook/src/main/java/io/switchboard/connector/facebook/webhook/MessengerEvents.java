package io.switchboard.connector.facebook.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.restfb.DefaultJsonMapper;
import com.restfb.types.webhook.messaging.DeliveryItem;
import com.restfb.types.webhook.messaging.InnerMessagingItem;
import com.restfb.types.webhook.messaging.MessageEditItem;
import com.restfb.types.webhook.messaging.MessageItem;
import com.restfb.types.webhook.messaging.MessageReaction;
import com.restfb.types.webhook.messaging.MessagingAttachment;
import com.restfb.types.webhook.messaging.MessagingItem;
import com.restfb.types.webhook.messaging.PostbackItem;
import com.restfb.types.webhook.messaging.ReadItem;
import io.switchboard.connector.facebook.ConditionalOnFacebook;
import io.switchboard.connector.facebook.FacebookConversations;
import io.switchboard.connector.facebook.FacebookProperties;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads one Messenger {@code messaging} item, mapped by RestFB's {@link MessagingItem}. The
 * conversation is the person's page-scoped id (psid).
 *
 * <ul>
 *   <li>A message (text, attachments) or a postback: {@link InboundKind#MESSAGE}; the text of a
 *       postback is its payload or else its title (the page's own buttons, Get Started or a
 *       persistent menu: the bot's choices are never postbacks).</li>
 *   <li>A quick reply: {@link InboundKind#CHOICE}, its text the payload. Only the page's own
 *       messages carry quick replies, and Switchboard sends them as the bot's choices.</li>
 *   <li>An edited message: {@link InboundKind#EDIT}.</li>
 *   <li>Read receipts, deliveries and reactions: {@link InboundKind#SIGNAL}, with ids made of the
 *       person, the watermark or reacted message, and the platform's timestamp, so a redelivery
 *       repeats them.</li>
 *   <li>Ignored: echoes of the page's own messages, anything the page sent, opt-ins, referrals and
 *       handover events.</li>
 * </ul>
 */
@Component("facebookMessengerEvents")
@ConditionalOnFacebook
class MessengerEvents {

    private static final Logger log = LoggerFactory.getLogger(MessengerEvents.class);

    private final String pageId;

    MessengerEvents(FacebookProperties properties) {
        this.pageId = properties.pageId();
    }

    Optional<InboundMessage> map(JsonNode node, Instant entryTime) {
        MessagingItem item = new DefaultJsonMapper().toJavaObject(node.toString(), MessagingItem.class);
        String psid = item.getSender() == null ? null : item.getSender().getId();
        if (psid == null || psid.equals(pageId)) {
            return Optional.empty();
        }
        Instant at = item.getTimestamp() != null ? item.getTimestamp().toInstant() : entryTime;
        Event event = new Event(psid, at, node.toString());
        if (item.getMessageEdit() != null) {
            return edit(event, item.getMessageEdit());
        }
        InnerMessagingItem inner = item.getItem();
        if (inner instanceof MessageItem message) {
            return message(event, message);
        }
        if (inner instanceof PostbackItem postback) {
            return postback(event, postback);
        }
        if (inner instanceof ReadItem read) {
            String id = String.join(":", "read", psid, read.getWatermark());
            return Optional.of(event.inbound(id, id, InboundKind.SIGNAL, "", null, List.of()));
        }
        if (inner instanceof DeliveryItem delivery) {
            String id = String.join(":", "delivery", psid, delivery.getWatermark());
            return Optional.of(event.inbound(id, id, InboundKind.SIGNAL, "", null, List.of()));
        }
        if (inner instanceof MessageReaction reaction) {
            return reaction(event, reaction);
        }
        log.debug("Ignoring a Messenger item of type {}", inner == null ? "unknown" : inner.getClass().getSimpleName());
        return Optional.empty();
    }

    private static Optional<InboundMessage> message(Event event, MessageItem message) {
        if (message.isEcho() || message.getMid() == null) {
            return Optional.empty();
        }
        if (message.getQuickReply() != null && message.getQuickReply().getPayload() != null) {
            return Optional.of(event.inbound("mid:" + message.getMid(), message.getMid(), InboundKind.CHOICE,
                    message.getQuickReply().getPayload(), null, List.of()));
        }
        String text = message.getText();
        String replyTo = message.getReplyTo() == null ? null : message.getReplyTo().getMid();
        List<Attachment> attachments = new ArrayList<>();
        for (MessagingAttachment attachment : message.getAttachments()) {
            String url = attachment.getPayload() != null && attachment.getPayload().getUrl() != null
                    ? attachment.getPayload().getUrl()
                    : attachment.getUrl();
            if (url != null) {
                String kind = message.getStickerId() != null ? "sticker" : attachment.getType();
                attachments.add(new Attachment(kind, url, null));
            }
        }
        return Optional.of(event.inbound("mid:" + message.getMid(), message.getMid(), InboundKind.MESSAGE, text,
                replyTo, attachments));
    }

    private static Optional<InboundMessage> postback(Event event, PostbackItem postback) {
        String id = postback.getMid() != null
                ? postback.getMid()
                : String.join(":", "postback", event.psid(), String.valueOf(event.at().toEpochMilli()));
        String text = postback.getPayload() != null && !postback.getPayload().isBlank()
                ? postback.getPayload()
                : postback.getTitle();
        return Optional.of(event.inbound("postback:" + id, id, InboundKind.MESSAGE, text, null, List.of()));
    }

    private static Optional<InboundMessage> edit(Event event, MessageEditItem edit) {
        if (edit.getMid() == null) {
            return Optional.empty();
        }
        String eventId = String.join(":", "mid", edit.getMid(), "edit", String.valueOf(edit.getNumEdit()));
        return Optional.of(event.inbound(eventId, edit.getMid(), InboundKind.EDIT, edit.getText(), null, List.of()));
    }

    private static Optional<InboundMessage> reaction(Event event, MessageReaction reaction) {
        if (reaction.getMid() == null) {
            return Optional.empty();
        }
        String action = reaction.getAction() == null ? "react" : reaction.getAction().name().toLowerCase(Locale.ROOT);
        String eventId = String.join(":", "reaction", event.psid(), reaction.getMid(), action,
                String.valueOf(event.at().toEpochMilli()));
        String text = reaction.getEmoji() != null ? reaction.getEmoji() : reaction.getReaction();
        return Optional.of(event.inbound(eventId, reaction.getMid(), InboundKind.SIGNAL, text, null, List.of()));
    }

    /** What every item of one person's conversation shares. */
    private record Event(String psid, Instant at, String payload) {

        InboundMessage inbound(String eventId, String messageId, InboundKind kind, String text, String replyTo,
                List<Attachment> attachments) {
            String conversation = FacebookConversations.ofMessenger(psid);
            return new InboundMessage(Channel.FACEBOOK, eventId, messageId, conversation,
                    new ChatRef(conversation, null, "messenger"), new Author(psid, null, null, null), kind, text,
                    replyTo, attachments, at, true, true, payload);
        }
    }
}
