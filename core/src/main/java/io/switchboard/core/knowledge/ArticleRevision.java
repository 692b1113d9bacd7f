package io.switchboard.core.knowledge;

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
 * Who changed an article, when, and what it looked like afterwards (a JSON {@link ArticleContent};
 * for a deletion, the article as it was). Append-only: the article's history survives its deletion.
 */
@Entity
@Table(name = "kb_article_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_key", nullable = false, updatable = false)
    private String articleKey;

    @Column(nullable = false, updatable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RevisionAction action;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String snapshot;

    protected ArticleRevision() {
    }

    ArticleRevision(String articleKey, int version, RevisionAction action, String changedBy,
            Instant changedAt, String snapshot) {
        this.articleKey = articleKey;
        this.version = version;
        this.action = action;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.snapshot = snapshot;
    }

    public Long getId() {
        return id;
    }

    public String getArticleKey() {
        return articleKey;
    }

    public int getVersion() {
        return version;
    }

    public RevisionAction getAction() {
        return action;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
