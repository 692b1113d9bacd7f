package io.switchboard.core.chat;

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

/** A chat the bot has seen, and whether it can still send there. */
@Entity
@Table(name = "chat")
public class Chat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "chat_id", nullable = false)
    private String chatId;

    private String title;

    @Column(nullable = false)
    private String type;

    /** False once the bot was blocked by the user or removed from the group. */
    @Column(nullable = false)
    private boolean reachable;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Chat() {
    }

    public Chat(Channel channel, String chatId, String title, String type, Instant at) {
        this.channel = channel;
        this.chatId = chatId;
        this.title = title;
        this.type = type;
        this.reachable = true;
        this.updatedAt = at;
    }

    public void rename(String title, Instant at) {
        this.title = title;
        this.updatedAt = at;
    }

    public void setReachable(boolean reachable, Instant at) {
        this.reachable = reachable;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getChatId() {
        return chatId;
    }

    public String getTitle() {
        return title;
    }

    public String getType() {
        return type;
    }

    public boolean isReachable() {
        return reachable;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
