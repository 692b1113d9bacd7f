package io.switchboard.core.thread;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
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
 * One person's support conversation on one channel: the messages a member wrote in one
 * conversation while the thread was active, and what the bot or agents answered.
 */
@Entity
@Table(name = "support_thread")
public class SupportThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "conversation_key", nullable = false)
    private String conversationKey;

    @Column(name = "chat_id", nullable = false)
    private String chatId;

    @Column(name = "chat_title")
    private String chatTitle;

    @Column(name = "private_chat", nullable = false)
    private boolean privateChat;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ThreadStatus status;

    private String language;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected SupportThread() {
    }

    public SupportThread(Channel channel, String conversationKey, String chatId, String chatTitle,
            boolean privateChat, Member member, String language, Instant openedAt) {
        this.channel = channel;
        this.conversationKey = conversationKey;
        this.chatId = chatId;
        this.chatTitle = chatTitle;
        this.privateChat = privateChat;
        this.member = member;
        this.language = language;
        this.status = ThreadStatus.OPEN;
        this.openedAt = openedAt;
        this.lastActivityAt = openedAt;
    }

    public void touch(Instant at) {
        if (at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }

    public void changeStatus(ThreadStatus newStatus, Instant at) {
        this.status = newStatus;
        this.closedAt = newStatus == ThreadStatus.CLOSED ? at : null;
        touch(at);
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getConversationKey() {
        return conversationKey;
    }

    public String getChatId() {
        return chatId;
    }

    public String getChatTitle() {
        return chatTitle;
    }

    public boolean isPrivateChat() {
        return privateChat;
    }

    public Member getMember() {
        return member;
    }

    public ThreadStatus getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
