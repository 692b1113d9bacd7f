package io.switchboard.core.answer;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
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
import java.util.List;
import java.util.Objects;

/**
 * Something the bot put to a member with buttons in a private chat, and what the member made of it:
 * an {@link Kind#ANSWER} ("Did this solve it? Yes / No") or an {@link Kind#OFFER} of the engine's
 * best articles when it was unsure ("Is it one of these?"). Its id is in the buttons' data; its
 * {@link #outcome()} is set once, by the first press, so a second press of any of its buttons changes
 * nothing. The console's bot resolution rate counts the answers' outcomes.
 */
@Entity
@Table(name = "bot_answer")
public class BotAnswer {

    public enum Kind {
        /** An article sent as the answer, with Yes / No. */
        ANSWER,
        /** Up to three article titles to pick from, and "talk to a human". */
        OFFER
    }

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
    private Kind kind;

    /** The answer's article; the offer's articles, comma-separated, in the order of their buttons. */
    @Column(name = "article_keys", nullable = false, length = 1024)
    private String articleKeys;

    /** The member's message this answers or offers for. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_message_id")
    private ThreadMessage question;

    /**
     * The engine's confidence in the answer, or in the best article offered; an article the member
     * picked from an offer is answered with the offer's.
     */
    @Column(nullable = false)
    private double confidence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private AnswerOutcome outcome;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    protected BotAnswer() {
    }

    public BotAnswer(SupportThread thread, Kind kind, List<String> articleKeys, ThreadMessage question,
            double confidence, Instant createdAt) {
        if (articleKeys.isEmpty() || kind == Kind.ANSWER && articleKeys.size() != 1) {
            throw new IllegalArgumentException("an answer has one article, an offer at least one: " + articleKeys);
        }
        this.thread = Objects.requireNonNull(thread, "thread");
        this.channel = thread.getChannel();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.articleKeys = String.join(",", articleKeys);
        this.question = Objects.requireNonNull(question, "question");
        this.confidence = confidence;
        this.createdAt = createdAt;
    }

    /**
     * Records the member's press; false, and nothing changes, when an earlier press already did.
     */
    public boolean decide(AnswerOutcome outcome, Instant at) {
        if (this.outcome != null) {
            return false;
        }
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.outcomeAt = at;
        return true;
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

    public Kind getKind() {
        return kind;
    }

    public List<String> getArticleKeys() {
        return List.of(articleKeys.split(","));
    }

    public ThreadMessage getQuestion() {
        return question;
    }

    public double getConfidence() {
        return confidence;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** What the member pressed; null while they have not. */
    public AnswerOutcome outcome() {
        return outcome;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }
}
