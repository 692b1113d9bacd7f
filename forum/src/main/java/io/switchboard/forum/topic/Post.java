package io.switchboard.forum.topic;

import io.switchboard.core.account.Account;
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

/**
 * One post: the opening post of a topic or a reply. The Markdown is kept as written; the HTML is
 * what the one cleaner let through, rendered once when the post is written.
 */
@Entity
@Table(name = "forum_post")
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false)
    private boolean opening;

    /** Written by the support pipeline: the bot's answers and notices, staff replies, announcements. */
    @Column(nullable = false)
    private boolean official;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostKind kind;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "quoted_post_id")
    private Long quotedPostId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Post() {
    }

    Post(Topic topic, Account author, boolean opening, PostKind kind, String bodyMarkdown, String bodyHtml,
            Long quotedPostId, PostStatus status, Instant at) {
        this.topic = topic;
        this.author = author;
        this.opening = opening;
        this.official = kind.isOfficial();
        this.kind = kind;
        this.bodyMarkdown = bodyMarkdown;
        this.bodyHtml = bodyHtml;
        this.quotedPostId = quotedPostId;
        this.status = status;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void rewrite(String markdown, String html, Instant at) {
        this.bodyMarkdown = markdown;
        this.bodyHtml = html;
        this.updatedAt = at;
    }

    public void changeStatus(PostStatus status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }

    public boolean isVisible() {
        return status == PostStatus.VISIBLE;
    }

    public Long getId() {
        return id;
    }

    public Topic getTopic() {
        return topic;
    }

    public Account getAuthor() {
        return author;
    }

    public boolean isOpening() {
        return opening;
    }

    public boolean isOfficial() {
        return official;
    }

    public PostKind getKind() {
        return kind;
    }

    /** Whether it can be its topic's accepted answer: a reply, not a notice, not the asker's own. */
    public boolean answersTopic() {
        return !opening && kind.answers() && !author.getId().equals(topic.getAuthor().getId());
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Long getQuotedPostId() {
        return quotedPostId;
    }

    public PostStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
