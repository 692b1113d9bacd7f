package io.switchboard.core.announcement;

import io.switchboard.core.channel.Channel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Something the exchange announced (maintenance, a listing, a campaign...). The answer engine
 * answers with the newest relevant one, and at its publication time it is fanned out to the
 * channels it names (see {@code AnnouncementDelivery}).
 */
@Entity
@Table(name = "announcement")
public class Announcement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AnnouncementCategory category;

    @ElementCollection
    @CollectionTable(name = "announcement_text", joinColumns = @JoinColumn(name = "announcement_id"))
    @MapKeyColumn(name = "lang")
    private Map<String, Text> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "announcement_channel", joinColumns = @JoinColumn(name = "announcement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private Set<Channel> channels = EnumSet.noneOf(Channel.class);

    /** The targets chosen within a channel; a channel without any goes to all its configured targets. */
    @ElementCollection
    @CollectionTable(name = "announcement_target", joinColumns = @JoinColumn(name = "announcement_id"))
    private Set<Target> targets = new HashSet<>();

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean pin;

    /**
     * When its deliveries were created; null while it waits for its publication time. Only the
     * router's claim sets it (an update statement): saving the entity never writes it, so an edit
     * that loaded the announcement just before the claim cannot undo it.
     */
    @Column(name = "fanned_out_at", insertable = false, updatable = false)
    private Instant fannedOutAt;

    /** When staff retracted it; it is then no longer an answer, nor in the feed or the API's list. */
    @Column(name = "retracted_at")
    private Instant retractedAt;

    /** When its expiry was carried out on its copies (pins taken down); null before. Set as fannedOutAt is. */
    @Column(name = "expired_at", insertable = false, updatable = false)
    private Instant expiredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Announcement() {
    }

    Announcement(AnnouncementContent content, String by, Instant at) {
        change(content);
        this.createdAt = at;
        this.createdBy = by;
    }

    /**
     * Takes the new content. Once fanned out, only the texts, the category and the expiry reach
     * the published copies; the channels, the schedule and the pin applied at publication.
     */
    void change(AnnouncementContent content) {
        this.category = content.category();
        this.texts.clear();
        content.texts().forEach((lang, text) -> texts.put(lang, new Text(text)));
        this.channels.clear();
        this.channels.addAll(content.channels());
        this.targets.clear();
        content.targets().forEach((channel, named) -> named.forEach(target -> targets.add(new Target(channel, target))));
        this.publishedAt = content.publishedAt();
        this.expiresAt = content.expiresAt();
        this.pin = content.pin();
    }

    void retract(Instant at) {
        this.retractedAt = at;
    }

    public AnnouncementContent toContent() {
        Map<String, AnnouncementText> values = new TreeMap<>();
        texts.forEach((lang, text) -> values.put(lang, new AnnouncementText(text.title, text.body)));
        Map<Channel, Set<String>> chosen = new EnumMap<>(Channel.class);
        targets.forEach(t -> chosen.computeIfAbsent(t.channel, channel -> new HashSet<>()).add(t.target));
        return new AnnouncementContent(id, category, values, channels, publishedAt, expiresAt, pin, chosen);
    }

    public Long getId() {
        return id;
    }

    public Instant getFannedOutAt() {
        return fannedOutAt;
    }

    public Instant getExpiredAt() {
        return expiredAt;
    }

    public Instant getRetractedAt() {
        return retractedAt;
    }

    public boolean isRetracted() {
        return retractedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** Title and body in one language. */
    @Embeddable
    static class Text {

        @Column(name = "title", nullable = false)
        private String title;

        @Column(name = "body", nullable = false, columnDefinition = "text")
        private String body;

        protected Text() {
        }

        Text(AnnouncementText text) {
            this.title = text.title();
            this.body = text.body();
        }
    }

    /** One target chosen within a channel. */
    @Embeddable
    static class Target {

        @Enumerated(EnumType.STRING)
        @Column(name = "channel", nullable = false)
        private Channel channel;

        @Column(name = "target", nullable = false)
        private String target;

        protected Target() {
        }

        Target(Channel channel, String target) {
            this.channel = channel;
            this.target = target;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Target that && channel == that.channel && target.equals(that.target);
        }

        @Override
        public int hashCode() {
            return Objects.hash(channel, target);
        }
    }
}
