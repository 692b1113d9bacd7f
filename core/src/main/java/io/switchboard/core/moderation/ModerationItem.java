package io.switchboard.core.moderation;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.text.ColumnText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Formula;

/** A flagged or held message in the moderation queue, and the actions staff took on it. */
@Entity
@Table(name = "moderation_item")
public class ModerationItem {

    public enum Kind {
        /** Out for everyone to see, and reported. */
        FLAGGED,
        /** Waiting for approval before anyone else sees it. */
        HELD
    }

    public enum Status {
        OPEN, HANDLED
    }

    static final int TEXT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "conversation_key", nullable = false)
    private String conversationKey;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "member_name")
    private String memberName;

    private String excerpt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "flagged_by_kind", nullable = false)
    private Flagger.Source flaggedBySource;

    @Column(name = "flagged_by", nullable = false)
    private String flaggedBy;

    /** How many flaggers it has: each member, staff account or rule counts once, however often it flagged. */
    @Formula("(select count(*) from moderation_flagger f where f.item_id = id)")
    private int flagCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by")
    private String handledBy;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
    @OrderBy("at asc, id asc")
    private List<ModerationStep> steps = new ArrayList<>();

    protected ModerationItem() {
    }

    ModerationItem(ModerationFlag flag, Instant at) {
        this.channel = flag.channel();
        this.conversationKey = flag.conversationKey();
        this.messageId = flag.messageId();
        this.memberId = flag.memberId();
        this.memberName = ColumnText.fit(flag.memberName(), 200);
        this.excerpt = ColumnText.fit(flag.excerpt(), TEXT_LENGTH);
        this.kind = flag.held() ? Kind.HELD : Kind.FLAGGED;
        this.reason = ColumnText.fit(flag.reason().strip(), TEXT_LENGTH);
        this.flaggedBySource = flag.flaggedBy().source();
        this.flaggedBy = ItemFlagger.storedId(flag.flaggedBy());
        this.flagCount = 1; // read from its flaggers once stored; the queue stores the first with it
        this.status = Status.OPEN;
        this.createdAt = at;
    }

    void handle(String actor, Instant at) {
        if (status == Status.OPEN) {
            status = Status.HANDLED;
            handledBy = ColumnText.fit(actor, 100);
            handledAt = at;
        }
    }

    ModerationStep record(ModerationStep step) {
        steps.add(step);
        return step;
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

    public String getMessageId() {
        return messageId;
    }

    public String getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public Flagger getFlaggedBy() {
        return new Flagger(flaggedBySource, flaggedBy);
    }

    public int getFlagCount() {
        return flagCount;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public List<ModerationStep> getSteps() {
        return List.copyOf(steps);
    }
}
