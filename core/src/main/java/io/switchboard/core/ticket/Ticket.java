package io.switchboard.core.ticket;

import io.switchboard.core.thread.SupportThread;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;

/**
 * Work for a human: opened by escalation of a support thread, or by hand.
 *
 * <p>An update writes only the columns that changed: the intake notes a member's further message
 * on the ticket (its time, perhaps its status) without the assignment lock, while staff may be
 * handing it on or raising it under that lock; writing every column would put the ticket's old
 * assignee and priority back over theirs.
 */
@Entity
@Table(name = "ticket")
@DynamicUpdate
public class Ticket {

    /** Users see tickets as T-{id}. */
    public static final String NUMBER_PREFIX = "T-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "thread_id")
    private SupportThread thread;

    @Column(nullable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    private String assignee;

    /** Why it was opened: "human-requested", "no-confident-answer"... */
    @Column(nullable = false)
    private String reason;

    /** A VIP member's: first in the queue, at least the VIP priority. */
    @Column(nullable = false)
    private boolean vip;

    /** When the current assignee got it; null while nobody has it. */
    @Column(name = "assigned_at")
    private Instant assignedAt;

    /** When staff last replied or moved its status; null until then. */
    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "first_response_due_at")
    private Instant firstResponseDueAt;

    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    @Column(name = "first_response_breached_at")
    private Instant firstResponseBreachedAt;

    @Column(name = "resolution_breached_at")
    private Instant resolutionBreachedAt;

    /** Either target was missed; kept once set, for the list's filter. */
    @Column(nullable = false)
    private boolean breached;

    /** Who a breach was escalated to: user names, comma-separated. */
    @Column(name = "escalated_to")
    private String escalatedTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Ticket() {
    }

    public Ticket(SupportThread thread, String subject, TicketCategory category,
            TicketPriority priority, String reason, Instant createdAt) {
        this.thread = thread;
        this.subject = subject;
        this.category = category;
        this.priority = priority;
        this.reason = reason;
        this.status = TicketStatus.NEW;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public String getNumber() {
        return NUMBER_PREFIX + id;
    }

    public void changeStatus(TicketStatus newStatus, Instant at) {
        this.status = newStatus;
        this.updatedAt = at;
    }

    public void changePriority(TicketPriority priority, Instant at) {
        this.priority = priority;
        this.updatedAt = at;
    }

    public void changeCategory(TicketCategory category, Instant at) {
        this.category = category;
        this.updatedAt = at;
    }

    /** Gives it to {@code assignee}, or to nobody when null; the response clock starts again. */
    public void assignTo(String assignee, Instant at) {
        this.assignee = assignee;
        this.assignedAt = assignee == null ? null : at;
        this.updatedAt = at;
    }

    /** Staff replied to the member or moved the ticket on. */
    public void markResponded(Instant at) {
        this.respondedAt = at;
        this.updatedAt = at;
    }

    /** True when it has an assignee who has not responded since getting it. */
    public boolean awaitsAssigneeResponse() {
        return assignee != null && (respondedAt == null || respondedAt.isBefore(assignedAt));
    }

    public void touch(Instant at) {
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public SupportThread getThread() {
        return thread;
    }

    public String getSubject() {
        return subject;
    }

    public TicketCategory getCategory() {
        return category;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getReason() {
        return reason;
    }

    /** Sets the targets, counted from when it opened. */
    public void scheduleTargets(Instant firstResponseDue, Instant resolutionDue) {
        this.firstResponseDueAt = firstResponseDue;
        this.resolutionDueAt = resolutionDue;
    }

    public void markFirstResponseBreached(Instant at, String escalatedTo) {
        this.firstResponseBreachedAt = at;
        breach(escalatedTo);
    }

    public void markResolutionBreached(Instant at, String escalatedTo) {
        this.resolutionBreachedAt = at;
        breach(escalatedTo);
    }

    private void breach(String escalatedTo) {
        this.breached = true;
        this.escalatedTo = escalatedTo;
    }

    public Instant getFirstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public Instant getFirstResponseBreachedAt() {
        return firstResponseBreachedAt;
    }

    public Instant getResolutionBreachedAt() {
        return resolutionBreachedAt;
    }

    public boolean isBreached() {
        return breached;
    }

    public String getEscalatedTo() {
        return escalatedTo;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    /** Makes it a VIP's ticket, raising its priority to {@code floor} when it is lower. */
    public void markVip(TicketPriority floor, Instant at) {
        this.vip = true;
        if (priority.compareTo(floor) < 0) {
            this.priority = floor;
        }
        this.updatedAt = at;
    }

    public boolean isForVip() {
        return vip;
    }

    /** The VIP member's dedicated manager, or null. */
    public String getVipManager() {
        return vip && thread != null ? thread.getMember().getManager() : null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
