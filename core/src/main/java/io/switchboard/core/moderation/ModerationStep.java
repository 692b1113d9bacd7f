package io.switchboard.core.moderation;

import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.text.ColumnText;
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

/** One action staff took on a queue item, and what the platform made of it. */
@Entity
@Table(name = "moderation_step")
public class ModerationStep {

    public enum Outcome {
        /** The platform confirmed it. */
        DONE,
        /** The platform refused or could not be reached; {@link #getDetail()} says why. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private ModerationItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ModerationAction action;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    private String detail;

    protected ModerationStep() {
    }

    ModerationStep(ModerationItem item, ModerationAction action, Integer durationMinutes, String actor, Instant at,
            Outcome outcome, String detail) {
        this.item = item;
        this.action = action;
        this.durationMinutes = durationMinutes;
        this.actor = ColumnText.fit(actor, 100);
        this.at = at;
        this.outcome = outcome;
        this.detail = ColumnText.fit(detail, ModerationItem.TEXT_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public ModerationAction getAction() {
        return action;
    }

    /** How long a mute, ban or silence was asked for; null for good or for actions without one. */
    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /** Why it failed, as the platform said it; null when done. */
    public String getDetail() {
        return detail;
    }
}
