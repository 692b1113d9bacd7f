package io.switchboard.forum.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One moderator action: who did what to which target ({@code post:12}, {@code topic:3},
 * {@code account:alice}) when, why, and a short summary of the state before and after.
 */
@Entity
@Table(name = "forum_audit")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String target;

    private String reason;

    @Column(name = "before_summary")
    private String before;

    @Column(name = "after_summary")
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String action, String target, String reason, String before, String after) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.target = target;
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

    public String getTarget() {
        return target;
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
