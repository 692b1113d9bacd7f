package io.switchboard.router.announcement;

import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementDelivery;
import io.switchboard.core.announcement.AnnouncementDeliveryRepository;
import io.switchboard.core.announcement.AnnouncementRepository;
import io.switchboard.core.announcement.DeliveryStep;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Broadcast;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryLookup;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.router.answer.KnowledgeProperties;
import io.switchboard.router.config.RouterProperties;
import io.switchboard.router.outbox.ChannelBreakers;
import io.switchboard.router.outbox.Gateways;
import io.switchboard.router.outbox.InterruptedCall;
import io.switchboard.router.outbox.RetryPolicy;
import io.switchboard.router.outbox.SendThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one copy's due step (publish, pin, unpin, edit, retract) through its channel's gateway, the way
 * the outbox delivers a reply: claimed under a lease, within the channel's and the chat's send
 * rate ({@link SendThrottle}, shared with replies), the platform call outside any transaction,
 * a failure handled by the outbox's {@link RetryPolicy}: the channel's breaker held back during an
 * outage (postponed without counting a try), a 429 honoured without counting a try, other
 * transient failures retried with backoff for the retry window (counted in tries: a copy has no
 * queue time of its own), a refusal recorded as failed with its reason.
 *
 * <p>A publication is marked in flight just before the call ({@link AnnouncementDelivery#publishStarting}),
 * as a reply is; the platform's answer clears the mark, a call that got none (a crash, a timeout:
 * {@link DeliveryException#answered()} false) keeps it. A copy claimed with the mark still set is
 * looked up first ({@link ChannelGateway#findPublished}): one the platform shows is recorded as
 * published, not published again.
 */
@Component
class BroadcastDelivery {

    private static final Logger log = LoggerFactory.getLogger(BroadcastDelivery.class);

    /**
     * What prepare found: an outcome already, or a step to take through a gateway.
     *
     * @param interruptedSince when an earlier publish call started whose outcome was never recorded; null if none
     */
    private record Attempt(StepOutcome outcome, ChannelGateway gateway, AnnouncementDelivery copy, Broadcast broadcast,
            boolean pin, Instant interruptedSince) {

        static Attempt done(StepOutcome outcome) {
            return new Attempt(outcome, null, null, null, false, null);
        }
    }

    private final BroadcastQueue queue;
    private final AnnouncementDeliveryRepository deliveries;
    private final AnnouncementRepository announcements;
    private final Gateways gateways;
    private final SendThrottle throttle;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final RouterProperties properties;
    private final String announcementsUrl;
    private final RetryPolicy retryPolicy;

    BroadcastDelivery(BroadcastQueue queue, AnnouncementDeliveryRepository deliveries,
            AnnouncementRepository announcements, Gateways gateways, SendThrottle throttle, RetryPolicy retryPolicy,
            PlatformTransactionManager transactions, Clock clock, RouterProperties properties,
            KnowledgeProperties knowledge) {
        this.queue = queue;
        this.deliveries = deliveries;
        this.announcements = announcements;
        this.gateways = gateways;
        this.throttle = throttle;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.properties = properties;
        this.announcementsUrl = knowledge.announcementsUrl();
        this.retryPolicy = retryPolicy;
    }

    List<Long> dueIds() {
        return queue.dueIds(clock.instant(), PageRequest.ofSize(properties.outboxBatchSize()));
    }

    StepOutcome deliver(Long id) {
        Instant now = clock.instant();
        Integer claimed = tx.execute(status -> queue.claim(id, now, now.plus(properties.deliveryLease())));
        if (claimed == null || claimed == 0) {
            return StepOutcome.SKIPPED;
        }
        Attempt attempt = tx.execute(status -> prepare(id, now));
        if (attempt.outcome() != null) {
            return attempt.outcome();
        }
        AnnouncementDelivery copy = attempt.copy();
        DeliveryStep step = copy.getStep();
        if (attempt.interruptedSince() != null) {
            Optional<StepOutcome> settled = lookUpInterrupted(id, attempt);
            if (settled.isPresent()) {
                return settled.get();
            }
        }
        DeliveryReceipt receipt;
        try {
            receipt = takeCounted(attempt.gateway(), copy, attempt.broadcast());
            retryPolicy.succeeded(copy.getChannel());
        } catch (DeliveryException e) {
            return tx.execute(status -> {
                if (e.answered()) {
                    deliveries.findById(id).ifPresent(AnnouncementDelivery::publishAnswered);
                }
                // else the platform may show the copy: the mark stays, the next try looks it up first
                return failed(id, e);
            });
        } catch (RuntimeException e) {
            // Not a platform's answer: a publication stays in flight, the next try looks the copy up first.
            return tx.execute(status -> failed(id, InterruptedCall.unexpected(e)));
        }
        tx.executeWithoutResult(status -> done(id, step, receipt, attempt.pin()));
        log.debug("Announcement delivery {}: {} done on {} {}", id, step, copy.getChannel().key(), copy.getTarget());
        return StepOutcome.DONE;
    }

    /**
     * Asks the platform whether it already shows a copy whose publication was interrupted.
     *
     * @return the outcome when the lookup settled the copy (found, or the lookup failed: tried again
     *     later with the in-flight mark kept, never published blindly); empty when it is to be published
     */
    private Optional<StepOutcome> lookUpInterrupted(Long id, Attempt attempt) {
        AnnouncementDelivery copy = attempt.copy();
        String where = copy.getChannel().key() + " " + copy.getTarget();
        DeliveryLookup lookup;
        try {
            lookup = InterruptedCall.lookUp(() -> attempt.gateway().findPublished(copy.getTarget(), attempt.broadcast(),
                    attempt.interruptedSince()), "Announcement delivery " + id);
        } catch (DeliveryException e) {
            return Optional.of(tx.execute(status -> failed(id, e)));
        }
        switch (lookup.verdict()) {
            case DELIVERED -> {
                DeliveryReceipt found = lookup.receipt();
                tx.executeWithoutResult(status -> done(id, DeliveryStep.PUBLISH, found, attempt.pin()));
                log.info("Announcement delivery {}: the publication interrupted at {} had reached {} (post {});"
                        + " not published again", id, attempt.interruptedSince(), where, found.messageId());
                return Optional.of(StepOutcome.DONE);
            }
            case NOT_DELIVERED -> log.info("Announcement delivery {}: the publication interrupted at {} never"
                    + " reached {}; publishing it", id, attempt.interruptedSince(), where);
            default -> log.warn("Announcement delivery {}: a publication was interrupted at {} and {} cannot tell"
                    + " whether it arrived; publishing again, it may show twice", id, attempt.interruptedSince(),
                    where);
        }
        return Optional.empty();
    }

    private void done(Long id, DeliveryStep step, DeliveryReceipt receipt, boolean pin) {
        AnnouncementDelivery done = deliveries.findById(id).orElseThrow();
        done.stepDone(step, receipt == null ? null : receipt.messageId(), receipt == null ? null : receipt.url(),
                pin, clock.instant());
    }

    private Attempt prepare(Long id, Instant now) {
        AnnouncementDelivery copy = deliveries.findById(id).orElseThrow();
        Optional<ChannelGateway> gateway = gateways.forChannel(copy.getChannel());
        if (gateway.isEmpty() || !gateway.get().broadcastTargets().contains(copy.getTarget())) {
            String reason = gateway.isEmpty() || BroadcastFanOut.NO_TARGET.equals(copy.getTarget())
                    ? BroadcastFanOut.unreachable(copy.getChannel(), gateway.isPresent())
                    : copy.getTarget() + " is no longer a configured announcement target of " + copy.getChannel().key();
            copy.fail(reason, now);
            return Attempt.done(StepOutcome.FAILED);
        }
        if (copy.getStep() == DeliveryStep.EDIT && !gateway.get().editsBroadcasts()) {
            copy.keptOriginalText(copy.getChannel().key() + " cannot edit a published post: this copy keeps the text"
                    + " it was published with", now);
            return Attempt.done(StepOutcome.DONE);
        }
        ChannelBreakers.Admission admission = retryPolicy.admit(copy.getChannel(), now);
        if (admission instanceof ChannelBreakers.Admission.Hold hold) {
            copy.postpone(copy.getChannel().key() + " is held back after failures",
                    hold.until(), now);
            return Attempt.done(StepOutcome.POSTPONED);
        }
        Duration wait = throttle.acquire(copy.getChannel(), copy.getTarget(), false);
        if (!wait.isZero()) {
            retryPolicy.notSent(copy.getChannel(), admission);
            copy.postpone("waiting for the send rate limit", now.plus(wait), now);
            return Attempt.done(StepOutcome.POSTPONED);
        }
        AnnouncementContent content = announcements.findById(copy.getAnnouncementId()).orElseThrow().toContent();
        Broadcast broadcast = new Broadcast(content.id(), content.category(), content.textsEnglishFirst(),
                copy.getChannel() == Channel.FORUM ? null : link(copy.getAnnouncementId()));
        Instant interrupted = copy.getStep() == DeliveryStep.PUBLISH ? copy.publishStarting(now).orElse(null) : null;
        return new Attempt(null, gateway.get(), copy, broadcast, content.pin(), interrupted);
    }

    /** The forum copy's page when it has one, else the configured announcements page. */
    private String link(Long announcementId) {
        return deliveries.findByAnnouncementIdOrderByIdAsc(announcementId).stream()
                .filter(d -> d.getChannel() == Channel.FORUM && d.getUrl() != null)
                .map(AnnouncementDelivery::getUrl)
                .findFirst().orElse(announcementsUrl);
    }

    /** The step, reported to the throttle once the platform answered, whatever it said. */
    private DeliveryReceipt takeCounted(ChannelGateway gateway, AnnouncementDelivery copy, Broadcast broadcast) {
        try {
            return take(gateway, copy, broadcast);
        } finally {
            throttle.answered(copy.getChannel());
        }
    }

    private static DeliveryReceipt take(ChannelGateway gateway, AnnouncementDelivery copy, Broadcast broadcast) {
        String target = copy.getTarget();
        switch (copy.getStep()) {
            case PUBLISH -> {
                return gateway.publish(target, broadcast);
            }
            case PIN -> gateway.pin(target, copy.getPlatformMessageId());
            case UNPIN -> gateway.unpin(target, copy.getPlatformMessageId());
            case EDIT -> gateway.edit(target, copy.getPlatformMessageId(), broadcast);
            case RETRACT -> gateway.retract(target, copy.getPlatformMessageId());
        }
        return null;
    }

    private StepOutcome failed(Long id, DeliveryException failure) {
        AnnouncementDelivery copy = deliveries.findById(id).orElseThrow();
        Instant now = clock.instant();
        RetryPolicy.Retry retry = retryPolicy.afterFailure(failure, copy.getAttempts(), null, copy.getChannel(),
                copy.getTarget(), now);
        if (copy.getState() != io.switchboard.core.announcement.DeliveryState.WAITING) {
            // retracted while the call was under way: the retraction decides what happens next
            return StepOutcome.SKIPPED;
        }
        String error = copy.getStep() + " " + failure.kind() + ": " + failure.getMessage();
        switch (retry.verdict()) {
            case WAIT_FOR_PLATFORM -> {
                copy.postpone(error, retry.at(), now);
                log.info("Announcement delivery {}: {} rate-limited us, retrying after {}", id,
                        copy.getChannel().key(), failure.retryAfter());
                return StepOutcome.POSTPONED;
            }
            case BACK_OFF -> {
                copy.retryLater(error, retry.at(), now);
                return StepOutcome.RETRY;
            }
            case TRIED_OUT -> {
                copy.fail(error, now);
                log.warn("Announcement delivery {} failed after {} tries: {}", id, retry.failedTries(), error);
                return StepOutcome.FAILED;
            }
            default -> {
                copy.fail(error, now);
                log.warn("Announcement delivery {} refused by {}: {}", id, copy.getChannel().key(), error);
                return StepOutcome.FAILED;
            }
        }
    }
}
