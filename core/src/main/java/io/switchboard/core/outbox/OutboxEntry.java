package io.switchboard.core.outbox;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Choice;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A reply waiting for, or done with, delivery. Written in the same transaction as the decision
 * that produced it; {@code decisionKey} is unique, so one decision never yields two sends.
 */
@Entity
@Table(name = "outbox_entry")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "decision_key", nullable = false, unique = true)
    private String decisionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "chat_id", nullable = false)
    private String chatId;

    @Column(name = "conversation_key", nullable = false)
    private String conversationKey;

    @Column(name = "reply_to_external_id")
    private String replyToExternalId;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TextFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender_kind", nullable = false)
    private Sender.Kind senderKind;

    /** The staff member who wrote it; null for the bot's messages. */
    @Column(name = "sender_username")
    private String senderUsername;

    /** The buttons sent with the text; kept for every try. */
    @Convert(converter = ChoicesColumn.class)
    @Column(columnDefinition = "text")
    private List<Choice> choices;

    /** The subject the sender gave, for channels that show one; null lets the channel choose. */
    @Column(length = 500)
    private String subject;

    /** The files sent with the text; kept for every try. */
    @Convert(converter = AttachmentsColumn.class)
    @Column(columnDefinition = "text")
    private List<Attachment> attachments;

    /** The OUT thread message this delivers, if any. */
    @Column(name = "thread_message_id")
    private Long threadMessageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", columnDefinition = "text")
    private String lastError;

    @Column(name = "platform_message_id")
    private String platformMessageId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /**
     * When the earliest platform call started whose outcome was not recorded; null when none is.
     * Kept across tries (and on a failed or cancelled entry, should staff send it again) until the
     * platform answers a call, so that a message whose call was interrupted is looked up on the
     * platform, from that time on, before it is sent again.
     */
    @Column(name = "in_flight_since")
    private Instant inFlightSince;

    /** When staff last asked for it to be sent now; its age and retry window count from then. */
    @Column(name = "requeued_at")
    private Instant requeuedAt;

    protected OutboxEntry() {
    }

    public OutboxEntry(String decisionKey, OutboundMessage message, Long threadMessageId, Instant createdAt) {
        this.decisionKey = decisionKey;
        this.channel = message.channel();
        this.chatId = message.chatId();
        this.conversationKey = message.conversationKey();
        this.replyToExternalId = message.replyToMessageId();
        this.text = message.text();
        this.format = message.format();
        this.senderKind = message.sender().kind();
        this.senderUsername = message.sender().username();
        this.choices = message.choices();
        this.subject = message.subject();
        this.attachments = message.attachments();
        this.threadMessageId = threadMessageId;
        this.status = OutboxStatus.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public OutboundMessage toMessage() {
        return new OutboundMessage(channel, chatId, conversationKey, replyToExternalId, text, format,
                new Sender(senderKind, senderUsername), choices, subject, attachments, decisionKey);
    }

    /**
     * Records, before the platform is called, that a call is under way. Committed before the call,
     * so that it survives the process dying during it.
     *
     * @return when an earlier call started whose outcome was never recorded: the platform may
     *     already have the message; empty when there was none
     */
    public Optional<Instant> callStarting(Instant at) {
        Optional<Instant> interrupted = Optional.ofNullable(inFlightSince);
        if (inFlightSince == null) {
            inFlightSince = at;
        }
        return interrupted;
    }

    /** The platform answered the call (it took the message or refused it): nothing is in flight any more. */
    public void callAnswered() {
        this.inFlightSince = null;
    }

    public void markSent(String platformMessageId, Instant at) {
        this.inFlightSince = null;
        this.status = OutboxStatus.SENT;
        this.platformMessageId = platformMessageId;
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    /** Records a failed try; the entry stays PENDING until {@code retryAt}. */
    public void retryLater(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error;
        this.nextAttemptAt = retryAt;
    }

    /** Delays the next try without counting one (the platform asked us to slow down). */
    public void postpone(String reason, Instant retryAt) {
        this.lastError = reason;
        this.nextAttemptAt = retryAt;
    }

    /**
     * Holds it back until {@code retryAt} for a reason of our own (the send rate, the channel's
     * breaker, an earlier reply to the chat), without counting a try: the last platform error stays.
     */
    public void holdUntil(Instant retryAt) {
        this.nextAttemptAt = retryAt;
    }

    public void markFailed(String error) {
        this.attempts++;
        this.status = OutboxStatus.FAILED;
        this.lastError = error;
    }

    /**
     * The platform took it, but it came back undelivered later (a mail server's bounce): it is FAILED after
     * all, with the server's reason, so staff see the reply never arrived. Only a SENT entry bounces; a
     * bounce of anything else (a second report for the same mail) changes nothing.
     *
     * @return whether the entry was SENT and is now FAILED
     */
    public boolean bounced(String reason) {
        if (status != OutboxStatus.SENT) {
            return false;
        }
        this.status = OutboxStatus.FAILED;
        this.lastError = "bounced: " + reason;
        return true;
    }

    /** Too old to send: given up without a try. */
    public void expire(String reason) {
        this.status = OutboxStatus.EXPIRED;
        this.lastError = reason;
    }

    /**
     * Staff asked for it to be sent now: a failed or expired entry is PENDING again, and its age
     * counts from now, so it is neither too old nor out of retries at once.
     *
     * @return false when it was sent or cancelled (nothing to send again)
     */
    public boolean requeue(Instant now) {
        if (status == OutboxStatus.SENT || status == OutboxStatus.CANCELLED) {
            return false;
        }
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
        this.requeuedAt = now;
        return true;
    }

    /** Where its age and retry window start: when it was queued, or when staff last requeued it. */
    public Instant queuedAt() {
        return requeuedAt != null ? requeuedAt : createdAt;
    }

    public void cancel(String reason) {
        this.status = OutboxStatus.CANCELLED;
        this.lastError = reason;
    }

    public Long getId() {
        return id;
    }

    public String getDecisionKey() {
        return decisionKey;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getChatId() {
        return chatId;
    }

    public String getConversationKey() {
        return conversationKey;
    }

    public String getReplyToExternalId() {
        return replyToExternalId;
    }

    public String getText() {
        return text;
    }

    public TextFormat getFormat() {
        return format;
    }

    public Long getThreadMessageId() {
        return threadMessageId;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getPlatformMessageId() {
        return platformMessageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getInFlightSince() {
        return inFlightSince;
    }

    public Instant getRequeuedAt() {
        return requeuedAt;
    }
}
