package io.switchboard.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the staff audit log; written once by {@link StaffAudit}, never changed. */
@Entity
@Table(name = "staff_audit")
public class StaffAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "target_type", nullable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false)
    private String targetId;

    private String reason;

    @Column(name = "before_state", columnDefinition = "text")
    private String before;

    @Column(name = "after_state", columnDefinition = "text")
    private String after;

    protected StaffAuditEntry() {
    }

    StaffAuditEntry(Instant at, String actor, String action, AuditTarget target, String reason, String before,
            String after) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.targetType = target.type();
        this.targetId = target.id();
        this.reason = reason;
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getReason() {
        return reason;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
