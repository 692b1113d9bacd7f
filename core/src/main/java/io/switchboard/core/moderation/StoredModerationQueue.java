package io.switchboard.core.moderation;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moderation queue in the database; {@link ModerationDesk} is what staff work it with. */
@Service
@Transactional
class StoredModerationQueue implements ModerationQueue {

    private static final Logger log = LoggerFactory.getLogger(StoredModerationQueue.class);

    private final ModerationItemRepository items;
    private final ItemFlaggerRepository flaggers;
    private final Clock clock;

    StoredModerationQueue(ModerationItemRepository items, ItemFlaggerRepository flaggers, Clock clock) {
        this.items = items;
        this.flaggers = flaggers;
        this.clock = clock;
    }

    /**
     * Looks for the report first, then for the message's waiting item and the flagger on it. Two
     * instances taking the same flag at once both pass the checks; the unique keys of the flaggers
     * then fail the later one, whose channel takes the flag again (a Telegram update is not
     * confirmed, and comes back) and finds it counted.
     */
    @Override
    public Flagged flag(ModerationFlag flag) {
        if (flag.reportId() != null) {
            Optional<ItemFlagger> sameReport = flaggers.findByChannelAndReportId(flag.channel(), flag.reportId());
            if (sameReport.isPresent()) {
                return new Flagged(sameReport.get().getItemId(), Effect.REDELIVERED);
            }
        }
        Optional<ModerationItem> waiting = items.findFirstByChannelAndMessageIdAndStatus(flag.channel(),
                flag.messageId(), ModerationItem.Status.OPEN);
        if (waiting.isPresent()) {
            long itemId = waiting.get().getId();
            if (flaggers.existsByItemIdAndSourceAndFlaggerId(itemId, flag.flaggedBy().source(),
                    ItemFlagger.storedId(flag.flaggedBy()))) {
                return new Flagged(itemId, Effect.REPEATED);
            }
            flaggers.save(new ItemFlagger(itemId, flag, clock.instant()));
            return new Flagged(itemId, Effect.COUNTED);
        }
        ModerationItem item = items.save(new ModerationItem(flag, clock.instant()));
        flaggers.save(new ItemFlagger(item.getId(), flag, clock.instant()));
        log.info("Moderation queue item {}: {} message {} {} by {} {}", item.getId(), flag.channel().key(),
                flag.messageId(), flag.held() ? "held" : "flagged", flag.flaggedBy().source().key(),
                flag.flaggedBy().id());
        return new Flagged(item.getId(), Effect.OPENED);
    }

    @Override
    public void handled(Channel channel, String messageId, String actor) {
        items.findByChannelAndMessageIdAndStatus(channel, messageId, ModerationItem.Status.OPEN)
                .forEach(item -> item.handle(actor, clock.instant()));
    }

    @Override
    public void recordFailure(long itemId, ModerationAction action, Duration duration, String actor, String detail) {
        record(itemId, action, duration == null ? null : Math.toIntExact(duration.toMinutes()), actor,
                ModerationStep.Outcome.FAILED, detail);
    }

    ModerationItem item(long id) {
        return items.findById(id).orElseThrow(() -> new ModerationItemNotFoundException(id));
    }

    /** Records what the platform made of an action; one that was done handles the item. */
    ModerationItem record(long id, ModerationAction action, Integer durationMinutes, String actor,
            ModerationStep.Outcome outcome, String detail) {
        ModerationItem item = item(id);
        item.record(new ModerationStep(item, action, durationMinutes, actor, clock.instant(), outcome, detail));
        if (outcome == ModerationStep.Outcome.DONE) {
            item.handle(actor, clock.instant());
        }
        return items.saveAndFlush(item);
    }

    /** Closes an open item without acting on the platform (nothing to do, or the platform offers nothing). */
    ModerationItem dismiss(long id, String actor) {
        ModerationItem item = item(id);
        if (item.getStatus() != ModerationItem.Status.OPEN) {
            throw new ModerationRefusedException(ModerationRefusedException.Reason.HANDLED,
                    "moderation queue item " + id + " is handled already", List.of());
        }
        item.handle(actor, clock.instant());
        return item;
    }
}
