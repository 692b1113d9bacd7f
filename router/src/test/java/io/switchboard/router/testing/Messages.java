package io.switchboard.router.testing;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.FiledRequest;
import io.switchboard.core.inbound.ForwardOrigin;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.Screening;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Builds inbound messages the way the Telegram connector would, with fresh ids for each. */
public final class Messages {

    private static final AtomicLong IDS = new AtomicLong(100);

    private Channel channel = Channel.TELEGRAM;
    private String eventId = String.valueOf(IDS.incrementAndGet());
    private String messageId = String.valueOf(IDS.incrementAndGet());
    private String chatId;
    private String chatTitle;
    private boolean privateChat;
    private boolean addressesBot;
    private String userId;
    private String displayName;
    private String handle;
    private String language = "en";
    private InboundKind kind = InboundKind.MESSAGE;
    private String text = "";
    private List<Attachment> attachments = List.of();
    private Instant at;
    private FiledRequest request;
    private Screening screening = Screening.NONE;
    private Map<String, String> linkTargets = Map.of();
    private ForwardOrigin forwardedFrom;

    private Messages(String chatId, boolean privateChat, Instant at) {
        this.chatId = chatId;
        this.privateChat = privateChat;
        this.userId = privateChat ? chatId : "u" + IDS.incrementAndGet();
        this.chatTitle = privateChat ? null : "Exchange Community " + chatId;
        this.at = at;
    }

    /** A fresh chat id, so tests sharing one database never see each other's rows. */
    public static String newChatId() {
        return UUID.randomUUID().toString();
    }

    public static Messages inPrivate(String chatId, Instant at) {
        return new Messages(chatId, true, at);
    }

    public static Messages inGroup(String chatId, Instant at) {
        return new Messages(chatId, false, at);
    }

    public Messages text(String text) {
        this.text = text;
        return this;
    }

    public Messages mentioningBot() {
        this.addressesBot = true;
        return this;
    }

    public Messages from(String userId) {
        this.userId = userId;
        return this;
    }

    /** The author's display name and username (null for none); by default "User u123" and "useru123". */
    public Messages named(String displayName, String handle) {
        this.displayName = displayName;
        this.handle = handle;
        return this;
    }

    public Messages language(String language) {
        this.language = language;
        return this;
    }

    public Messages channel(Channel channel) {
        this.channel = channel;
        return this;
    }

    public Messages titled(String title) {
        this.chatTitle = title;
        return this;
    }

    public Messages attachment(Attachment attachment) {
        this.attachments = List.of(attachment);
        return this;
    }

    /** An edit or removal of an earlier message: a new event about the same message id. */
    public Messages changing(InboundMessage original, InboundKind kind) {
        this.messageId = original.messageId();
        this.kind = kind;
        return this;
    }

    /** A request filed through the help center's form. */
    public Messages filing(FiledRequest request) {
        this.request = request;
        return this;
    }

    /** What the connector found about it: mail never to be answered, or mail impersonating the exchange. */
    public Messages screened(Screening screening) {
        this.screening = screening;
        return this;
    }

    /** Forwarded by the member from {@code origin}, with its hidden links (shown text to where each leads). */
    public Messages forwardedFrom(ForwardOrigin origin, Map<String, String> hiddenLinks) {
        this.forwardedFrom = origin;
        this.linkTargets = hiddenLinks;
        return this;
    }

    public Messages kind(InboundKind kind) {
        this.kind = kind;
        return this;
    }

    public InboundMessage build() {
        return new InboundMessage(channel, eventId, messageId, chatId, new ChatRef(chatId, chatTitle,
                privateChat ? "private" : "supergroup"), new Author(userId,
                displayName == null ? "User " + userId : displayName, displayName == null ? "user" + userId : handle,
                language),
                kind, text, null, attachments, at, privateChat, addressesBot,
                "{\"update_id\":" + eventId + "}", linkTargets, request, screening, forwardedFrom);
    }
}
