package io.switchboard.core.callback;

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
 * A member's request to be called back, filed through the help center: the number to call and when, in which
 * language, and why. It belongs to the conversation its ticket is opened from (the pipeline opens the ticket
 * later, on its own), so the console finds the phone queue's tickets by their thread's conversation key.
 */
@Entity
@Table(name = "call_back")
public class CallBackRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_key", nullable = false, unique = true)
    private String conversationKey;

    /** E.164, as libphonenumber wrote it: {@code +8613800138000}. */
    @Column(nullable = false)
    private String phone;

    /** {@code zh} or {@code en}. */
    @Column(nullable = false)
    private String language;

    @Column(name = "preferred_time", nullable = false)
    @Enumerated(EnumType.STRING)
    private CallTime preferredTime;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private CallBackReason reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CallBackRequest() {
    }

    public CallBackRequest(String conversationKey, String phone, String language, CallTime preferredTime,
            CallBackReason reason, Instant createdAt) {
        this.conversationKey = conversationKey;
        this.phone = phone;
        this.language = language;
        this.preferredTime = preferredTime;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getConversationKey() {
        return conversationKey;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguage() {
        return language;
    }

    public CallTime getPreferredTime() {
        return preferredTime;
    }

    public CallBackReason getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
