package io.switchboard.core.moderation;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.text.ColumnText;
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
 * One flagger of a queue item. The table's unique keys make a flagger count once per item, and a
 * report (by its platform id) once at all, also when two instances take the same one at once.
 */
@Entity
@Table(name = "moderation_flagger")
class ItemFlagger {

    static final int ID_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "flagger_kind", nullable = false)
    private Flagger.Source source;

    @Column(name = "flagger_id", nullable = false)
    private String flaggerId;

    @Column(name = "report_id")
    private String reportId;

    @Column(name = "flagged_at", nullable = false)
    private Instant flaggedAt;

    protected ItemFlagger() {
    }

    ItemFlagger(long itemId, ModerationFlag flag, Instant at) {
        this.itemId = itemId;
        this.channel = flag.channel();
        this.source = flag.flaggedBy().source();
        this.flaggerId = storedId(flag.flaggedBy());
        this.reportId = flag.reportId();
        this.flaggedAt = at;
    }

    /** The flagger's id as the column holds it, to look it up as stored. */
    static String storedId(Flagger flagger) {
        return ColumnText.fit(flagger.id(), ID_LENGTH);
    }

    long getItemId() {
        return itemId;
    }
}
