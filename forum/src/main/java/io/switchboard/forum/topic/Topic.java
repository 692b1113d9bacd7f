package io.switchboard.forum.topic;

import io.switchboard.core.account.Account;
import io.switchboard.forum.board.Board;
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
import java.util.Arrays;
import java.util.List;

/** A topic: its title, tags and state; its text is the opening {@link Post}. */
@Entity
@Table(name = "forum_topic")
public class Topic {

    /** How a topic is named in the support pipeline's conversation keys and chat ids. */
    public static final String CONVERSATION_PREFIX = "topic:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id")
    private Board board;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostStatus status;

    private boolean pinned;
    private boolean locked;
    private boolean solved;

    @Column(name = "accepted_post_id")
    private Long acceptedPostId;

    @Column(name = "view_count", nullable = false)
    private int viewCount;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;

    protected Topic() {
    }

    Topic(Board board, Account author, String title, List<String> tags, PostStatus status, Instant at) {
        this.board = board;
        this.author = author;
        this.title = title;
        this.tags = String.join(",", tags);
        this.status = status;
        this.createdAt = at;
        this.lastPostAt = at;
    }

    public String conversationKey() {
        return CONVERSATION_PREFIX + id;
    }

    void replied(Instant at) {
        replyCount++;
        lastPostAt = at;
    }

    /** A reply was hidden, deleted or restored by a moderator. */
    void recountReply(int delta) {
        replyCount = Math.max(0, replyCount + delta);
    }

    void viewed() {
        viewCount++;
    }

    void accept(Long postId) {
        acceptedPostId = postId;
        solved = true;
    }

    void retitle(String newTitle) {
        this.title = newTitle;
    }

    public void changeStatus(PostStatus status) {
        this.status = status;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public void moveTo(Board board) {
        this.board = board;
    }

    public Long getId() {
        return id;
    }

    public Board getBoard() {
        return board;
    }

    public Account getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getTags() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public PostStatus getStatus() {
        return status;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isSolved() {
        return solved;
    }

    public Long getAcceptedPostId() {
        return acceptedPostId;
    }

    public int getViewCount() {
        return viewCount;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastPostAt() {
        return lastPostAt;
    }
}
