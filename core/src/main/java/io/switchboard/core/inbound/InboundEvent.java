package io.switchboard.core.inbound;

import io.switchboard.core.channel.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A platform event as it arrived, stored once per (channel, eventId). It is the durable hand-off
 * between a connector and the router: an event still {@link InboundStatus#RECEIVED} after a
 * restart is processed again, and the unique key makes a redelivery a no-op.
 */
@Entity
@Table(name = "inbound_event")
public class InboundEvent {

    /**
     * How many intake lanes there are: the rows of {@code intake_lane}. Changing it needs a migration that
     * adds the rows; events already stored keep their lane.
     */
    public static final int LANES = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "event_id", nullable = false)
    private String eventId;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InboundKind kind;

    @Column(name = "conversation_key", nullable = false)
    private String conversationKey;

    @Column(nullable = false)
    private short lane;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    @Column(nullable = false, columnDefinition = "text")
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InboundStatus status;

    @Column(name = "processed_at")
    private Instant processedAt;

    @Column(columnDefinition = "text")
    private String error;

    protected InboundEvent() {
    }

    public InboundEvent(InboundMessage message, String payloadJson, Instant storedAt) {
        this.channel = message.channel();
        this.eventId = message.eventId();
        this.messageId = message.messageId();
        this.kind = message.kind();
        this.conversationKey = message.conversationKey();
        this.lane = laneOf(message.channel(), message.conversationKey());
        this.receivedAt = message.receivedAt();
        this.storedAt = storedAt;
        this.payload = payloadJson;
        this.status = InboundStatus.RECEIVED;
    }

    /**
     * The lane of a conversation: its events are decided one after the other, in the order they were stored,
     * while other lanes' events are decided beside them. {@link String#hashCode} is the same on every JVM, so
     * every instance and every restart agrees.
     */
    public static short laneOf(Channel channel, String conversationKey) {
        return (short) Math.floorMod((channel.key() + ':' + conversationKey).hashCode(), LANES);
    }

    public void markProcessed(Instant at) {
        this.status = InboundStatus.PROCESSED;
        this.processedAt = at;
        this.error = null;
    }

    public void markFailed(Instant at, String error) {
        this.status = InboundStatus.FAILED;
        this.processedAt = at;
        this.error = error;
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getEventId() {
        return eventId;
    }

    public String getMessageId() {
        return messageId;
    }

    public InboundKind getKind() {
        return kind;
    }

    public String getConversationKey() {
        return conversationKey;
    }

    public short getLane() {
        return lane;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getStoredAt() {
        return storedAt;
    }

    /** The normalized message as JSON (it embeds the platform's raw payload). */
    public String getPayload() {
        return payload;
    }

    public InboundStatus getStatus() {
        return status;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }

    public String getError() {
        return error;
    }
}
