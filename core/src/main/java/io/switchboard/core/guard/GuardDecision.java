package io.switchboard.core.guard;

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
import java.util.Objects;

/**
 * One decision of the scam and impersonation guard: what it saw (the member, the message), the
 * rule that fired worst and every finding, the action taken and how it went; and, when a moderator
 * undid it, who and when. {@code eventKey} is unique: an event processed twice decides once.
 */
@Entity
@Table(name = "guard_decision")
public class GuardDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_key", nullable = false, unique = true)
    private String eventKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "chat_id", nullable = false)
    private String chatId;

    @Column(name = "conversation_key", nullable = false)
    private String conversationKey;

    /** The platform message, in the connector's form; for a join, the connector's id of the join. */
    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "member_id", nullable = false)
    private String memberId;

    @Column(name = "member_name")
    private String memberName;

    @Column(name = "member_handle")
    private String memberHandle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GuardSubject subject;

    /** The name or the text that was checked, cut to a length moderators can read. */
    @Column(nullable = false, columnDefinition = "text")
    private String excerpt;

    @Column(nullable = false)
    private String rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    /** Every finding, one a line: {@code rule (severity): explanation}. */
    @Column(nullable = false, columnDefinition = "text")
    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GuardAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GuardOutcome outcome;

    /** How the message was taken off the platform: HIDDEN (can be shown again), DELETED, or null. */
    @Column
    private String removal;

    @Column(columnDefinition = "text")
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "undone_by")
    private String undoneBy;

    protected GuardDecision() {
    }

    public GuardDecision(String eventKey, Channel channel, String chatId, String conversationKey, String messageId,
            String memberId, String memberName, String memberHandle, GuardSubject subject, String excerpt,
            String rule, Severity severity, String findings, GuardAction action, Instant createdAt) {
        this.eventKey = Objects.requireNonNull(eventKey, "eventKey");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.chatId = Objects.requireNonNull(chatId, "chatId");
        this.conversationKey = Objects.requireNonNull(conversationKey, "conversationKey");
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.memberName = memberName;
        this.memberHandle = memberHandle;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.excerpt = Objects.requireNonNull(excerpt, "excerpt");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.findings = Objects.requireNonNull(findings, "findings");
        this.action = Objects.requireNonNull(action, "action");
        this.outcome = GuardOutcome.PENDING;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** What the platform did with the action: done, or failed with why (appended to what is known). */
    public void recordOutcome(GuardOutcome outcome, String detail) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        addDetail(detail);
    }

    /** The message was taken off the platform: {@code HIDDEN} (can be shown again) or {@code DELETED}. */
    public void recordRemoval(String removal) {
        this.removal = Objects.requireNonNull(removal, "removal");
    }

    public void markUndone(String actor, Instant at, String detail) {
        this.outcome = GuardOutcome.UNDONE;
        this.undoneBy = Objects.requireNonNull(actor, "actor");
        this.undoneAt = Objects.requireNonNull(at, "at");
        addDetail(detail);
    }

    private void addDetail(String more) {
        if (more != null && !more.isBlank()) {
            detail = detail == null ? more : detail + "; " + more;
        }
    }

    public Long getId() {
        return id;
    }

    public String getEventKey() {
        return eventKey;
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

    public String getMessageId() {
        return messageId;
    }

    public String getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getMemberHandle() {
        return memberHandle;
    }

    public GuardSubject getSubject() {
        return subject;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getRule() {
        return rule;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getFindings() {
        return findings;
    }

    public GuardAction getAction() {
        return action;
    }

    public GuardOutcome getOutcome() {
        return outcome;
    }

    public String getRemoval() {
        return removal;
    }

    /** Whether the message is off the platform by this decision still: taken away, and no moderator undid it. */
    public boolean keepsMessageAway() {
        return removal != null && outcome != GuardOutcome.UNDONE;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    public String getUndoneBy() {
        return undoneBy;
    }
}
