package io.switchboard.core.announcement;

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
import java.util.Optional;

/**
 * One copy of an announcement on one platform target: a Telegram chat, the X account, the Facebook
 * page, the forum board. It carries the next {@link DeliveryStep} to take there and the outcome of
 * the last one, so a failed copy can be retried on its own and edits and retractions reach the
 * copies that were published.
 */
@Entity
@Table(name = "announcement_delivery")
public class AnnouncementDelivery {

    private static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "announcement_id", nullable = false, updatable = false)
    private Long announcementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryState state;

    @Enumerated(EnumType.STRING)
    private DeliveryStep step;

    /** Failed tries of the current step; the backoff grows with it. */
    @Column(nullable = false)
    private int attempts;

    /** Times staff asked for a failed step to be tried again. */
    @Column(nullable = false)
    private int retried;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "platform_message_id")
    private String platformMessageId;

    @Column
    private String url;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "last_error", columnDefinition = "text")
    private String lastError;

    /** What the platform cannot do with this copy (X cannot edit), for staff to read. */
    @Column
    private String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * When the earliest publish call started whose outcome was not recorded; null when none is.
     * Kept across tries until the platform answers a call, so that a copy whose publication was
     * interrupted is looked up on the platform, from that time on, before it is published again.
     */
    @Column(name = "in_flight_since")
    private Instant inFlightSince;

    protected AnnouncementDelivery() {
    }

    /** A copy still to publish, not before {@code at}. */
    public AnnouncementDelivery(Long announcementId, Channel channel, String target, Instant at) {
        this.announcementId = announcementId;
        this.channel = channel;
        this.target = target;
        this.state = DeliveryState.WAITING;
        this.step = DeliveryStep.PUBLISH;
        this.nextAttemptAt = at;
        this.updatedAt = at;
    }

    /**
     * Records, before the platform is asked to publish, that the call is under way. Committed before
     * the call, so that it survives the process dying during it.
     *
     * @return when an earlier publish call started whose outcome was never recorded: the platform
     *     may already show the copy; empty when there was none
     */
    public Optional<Instant> publishStarting(Instant at) {
        Optional<Instant> interrupted = Optional.ofNullable(inFlightSince);
        if (inFlightSince == null) {
            inFlightSince = at;
        }
        return interrupted;
    }

    /** The platform answered the publish call (it took the copy or refused it): nothing is in flight any more. */
    public void publishAnswered() {
        inFlightSince = null;
    }

    /**
     * The platform took step {@code done}. A step staff asked for meanwhile (an edit, a retraction)
     * keeps its turn; a copy published after its announcement was retracted is retracted next.
     *
     * @param pin whether the announcement asks for a pin after the first publication
     */
    public void stepDone(DeliveryStep done, String messageId, String copyUrl, boolean pin, Instant at) {
        attempts = 0;
        lastError = null;
        nextAttemptAt = at;
        updatedAt = at;
        if (done == DeliveryStep.PUBLISH) {
            inFlightSince = null;
            platformMessageId = messageId;
            url = copyUrl;
            if (state == DeliveryState.RETRACTED) {
                state = DeliveryState.WAITING;
                step = DeliveryStep.RETRACT;
                return;
            }
        }
        if (done == DeliveryStep.PIN) {
            pinned = true;
            if (state == DeliveryState.EXPIRED) {
                // pinned while the announcement expired: the pin comes down again
                state = DeliveryState.WAITING;
                step = DeliveryStep.UNPIN;
                return;
            }
        }
        if (done == DeliveryStep.UNPIN) {
            pinned = false;
        }
        if (step != done) {
            return;
        }
        if (done == DeliveryStep.RETRACT) {
            state = DeliveryState.RETRACTED;
            pinned = false;
            step = null;
        } else if (done == DeliveryStep.PUBLISH && pin) {
            state = DeliveryState.WAITING;
            step = DeliveryStep.PIN;
        } else if (done == DeliveryStep.UNPIN) {
            state = DeliveryState.EXPIRED;
            step = null;
        } else {
            state = DeliveryState.SENT;
            step = null;
        }
    }

    /** A try failed; the step is tried again at {@code retryAt}. */
    public void retryLater(String error, Instant retryAt, Instant at) {
        attempts++;
        lastError = error;
        nextAttemptAt = retryAt;
        updatedAt = at;
    }

    /** The platform asked us to wait: the next try is later, and this one does not count. */
    public void postpone(String reason, Instant retryAt, Instant at) {
        lastError = reason;
        nextAttemptAt = retryAt;
        updatedAt = at;
    }

    /** The step failed for good; it stays the step a retry repeats. */
    public void fail(String error, Instant at) {
        attempts++;
        state = DeliveryState.FAILED;
        lastError = error;
        updatedAt = at;
    }

    /**
     * Staff asked for a failed step to be repeated now.
     *
     * @return false when the delivery has not failed (nothing to retry)
     */
    public boolean retry(Instant at) {
        if (state != DeliveryState.FAILED) {
            return false;
        }
        state = DeliveryState.WAITING;
        attempts = 0;
        retried++;
        nextAttemptAt = at;
        updatedAt = at;
        return true;
    }

    /**
     * The announcement's text changed: a published copy is to be edited (a copy not yet published
     * simply publishes the new text). A pending pin or unpin keeps its turn; the edit follows when
     * staff edit again. An expired copy is history and keeps its text.
     */
    public void textChanged(Instant at) {
        if (state == DeliveryState.RETRACTED || state == DeliveryState.EXPIRED || platformMessageId == null
                || step == DeliveryStep.PIN || step == DeliveryStep.UNPIN || step == DeliveryStep.RETRACT) {
            return;
        }
        state = DeliveryState.WAITING;
        step = DeliveryStep.EDIT;
        attempts = 0;
        nextAttemptAt = at;
        updatedAt = at;
    }

    /** The platform cannot edit posts: the copy keeps its first text, and {@code why} says so. */
    public void keptOriginalText(String why, Instant at) {
        state = DeliveryState.SENT;
        step = null;
        attempts = 0;
        lastError = null;
        note = why.length() > MAX_NOTE ? why.substring(0, MAX_NOTE) : why;
        updatedAt = at;
    }

    /**
     * The announcement expired. The copy stays where it was published, as history; a pinned one is
     * unpinned first; one not yet published never goes out, nor does a pending pin or edit. A copy
     * being retracted or retracted already is left to its retraction. Doing it twice changes nothing.
     *
     * @return whether the copy has a pin to take down
     */
    public boolean expire(Instant at) {
        if (state == DeliveryState.RETRACTED || state == DeliveryState.EXPIRED
                || step == DeliveryStep.RETRACT || step == DeliveryStep.UNPIN) {
            return step == DeliveryStep.UNPIN;
        }
        updatedAt = at;
        attempts = 0;
        if (pinned) {
            state = DeliveryState.WAITING;
            step = DeliveryStep.UNPIN;
            nextAttemptAt = at;
            return true;
        }
        state = DeliveryState.EXPIRED;
        step = null;
        return false;
    }

    /** The announcement was retracted: a published copy is deleted, an unpublished one never goes out. */
    public void retract(Instant at) {
        if (state == DeliveryState.RETRACTED) {
            return;
        }
        updatedAt = at;
        attempts = 0;
        if (platformMessageId == null) {
            state = DeliveryState.RETRACTED;
            step = null;
            lastError = null;
            return;
        }
        state = DeliveryState.WAITING;
        step = DeliveryStep.RETRACT;
        nextAttemptAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getAnnouncementId() {
        return announcementId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getTarget() {
        return target;
    }

    public DeliveryState getState() {
        return state;
    }

    public DeliveryStep getStep() {
        return step;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getRetried() {
        return retried;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getPlatformMessageId() {
        return platformMessageId;
    }

    public String getUrl() {
        return url;
    }

    public boolean isPinned() {
        return pinned;
    }

    public String getLastError() {
        return lastError;
    }

    public String getNote() {
        return note;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getInFlightSince() {
        return inFlightSince;
    }
}
