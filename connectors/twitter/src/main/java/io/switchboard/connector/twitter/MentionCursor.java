package io.switchboard.connector.twitter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Where the mentions poller stopped: the newest tweet id it handed to the InboundPort (or skipped).
 * The next poll asks X for {@code since_id} = this id, so a restart neither misses nor repeats.
 */
@Entity
@Table(name = "twitter_cursor")
class MentionCursor {

    @Id
    private String name;

    @Column(name = "since_id", nullable = false)
    private long sinceId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MentionCursor() {
    }

    MentionCursor(String name, long sinceId, Instant updatedAt) {
        this.name = name;
        this.sinceId = sinceId;
        this.updatedAt = updatedAt;
    }

    long sinceId() {
        return sinceId;
    }

    /** Moves forward only: an older id (a late page, a second instance) never moves it back. */
    boolean advanceTo(long tweetId, Instant at) {
        if (tweetId <= sinceId) {
            return false;
        }
        sinceId = tweetId;
        updatedAt = at;
        return true;
    }
}
