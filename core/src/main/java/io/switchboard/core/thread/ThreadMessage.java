package io.switchboard.core.thread;

import io.switchboard.core.channel.Channel;
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

/** A message in a support thread: what the member wrote (IN) or what was sent back (OUT). */
@Entity
@Table(name = "thread_message")
public class ThreadMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    private SupportThread thread;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Direction direction;

    /** The platform's message id; for OUT messages set once the platform has accepted it. */
    @Column(name = "external_id")
    private String externalId;

    @Column(name = "reply_to_external_id")
    private String replyToExternalId;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "author_name")
    private String authorName;

    /** Attachments as a JSON array of {kind, fileId, mimeType}; null when there are none. */
    @Column(columnDefinition = "text")
    private String attachments;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(nullable = false)
    private boolean removed;

    /** Hidden on the platform by staff; the text is kept for the record. */
    @Column(nullable = false)
    private boolean hidden;

    protected ThreadMessage() {
    }

    public ThreadMessage(SupportThread thread, Direction direction, String externalId,
            String replyToExternalId, String text, String authorName, String attachments,
            Instant createdAt) {
        this.thread = thread;
        this.channel = thread.getChannel();
        this.direction = direction;
        this.externalId = externalId;
        this.replyToExternalId = replyToExternalId;
        this.text = text;
        this.authorName = authorName;
        this.attachments = attachments;
        this.createdAt = createdAt;
    }

    public void edit(String newText, Instant at) {
        this.text = newText;
        this.editedAt = at;
    }

    public void markRemoved(Instant at) {
        this.removed = true;
        this.editedAt = at;
    }

    public void hide(boolean hiddenOnThePlatform) {
        this.hidden = hiddenOnThePlatform;
    }

    public void deliveredAs(String platformMessageId) {
        this.externalId = platformMessageId;
    }

    public Long getId() {
        return id;
    }

    public SupportThread getThread() {
        return thread;
    }

    public Channel getChannel() {
        return channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getReplyToExternalId() {
        return replyToExternalId;
    }

    public String getText() {
        return text;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAttachments() {
        return attachments;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isRemoved() {
        return removed;
    }

    public boolean isHidden() {
        return hidden;
    }
}
