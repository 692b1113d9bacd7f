package io.switchboard.forum.moderation;

import io.switchboard.core.account.Account;
import io.switchboard.forum.topic.Post;
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

/** A member's report of a post; OPEN flags make the moderation queue. */
@Entity
@Table(name = "forum_flag")
public class Flag {

    public enum Status {
        OPEN, RESOLVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporter_id")
    private Account reporter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FlagReason reason;

    @Column(nullable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Flag() {
    }

    Flag(Post post, Account reporter, FlagReason reason, String note, Instant at) {
        this.post = post;
        this.reporter = reporter;
        this.reason = reason;
        this.note = note;
        this.status = Status.OPEN;
        this.createdAt = at;
    }

    void resolve(String moderator, Instant at) {
        this.status = Status.RESOLVED;
        this.resolvedBy = moderator;
        this.resolvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public Account getReporter() {
        return reporter;
    }

    public FlagReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
