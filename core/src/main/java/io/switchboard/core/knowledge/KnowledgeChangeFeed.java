package io.switchboard.core.knowledge;

import io.switchboard.core.announcement.AnnouncementChanged;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.change.KnowledgeChangeLog.Change;
import io.switchboard.core.change.KnowledgeChangeLog.Kind;
import io.switchboard.core.change.KnowledgeChangeLog;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells this instance's listeners ({@link ArticleChanged}, {@link AnnouncementChanged}: the answer engine's
 * index, the help center's search and caches) of the changes other instances made, read from the
 * {@link KnowledgeChangeLog} at every {@link #poll} (the router's {@code knowledge-feed} route, twice a
 * second by default). A change made here was told at its commit and is skipped.
 *
 * <p>An event carries the item as it is when the feed reads it, not as the line saw it: several changes
 * to one item in a poll are one event, and events read out of order still leave every listener with the
 * newest state. Listeners put or remove by key, so a repeat is harmless.
 *
 * <p>Lines are read by id after a floor; lines above it that were already told are remembered until
 * they are settled, because a transaction may commit a smaller id after a larger one was read. With one
 * instance (the default profile) every line is this instance's and a poll is one indexed query.
 */
@Component
public class KnowledgeChangeFeed {

    /** An article's key or an announcement's id: what one event is about. */
    private record Item(Kind kind, String key) {
    }

    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(KnowledgeChangeFeed.class);

    private final KnowledgeChangeLog changeLog;
    private final KnowledgeBase knowledgeBase;
    private final Announcements announcements;
    private final ApplicationEventPublisher events;
    private long floor;
    private final Set<Long> told = new HashSet<>();
    private long nextPrune;

    KnowledgeChangeFeed(KnowledgeChangeLog changeLog, KnowledgeBase knowledgeBase, Announcements announcements,
            ApplicationEventPublisher events) {
        this.changeLog = changeLog;
        this.knowledgeBase = knowledgeBase;
        this.announcements = announcements;
        this.events = events;
        // what was changed before this instance started is in the state it loads at start-up
        this.floor = changeLog.newest();
        this.nextPrune = System.nanoTime() + PRUNE_EVERY.toNanos();
    }

    /**
     * Publishes an event for each item other instances changed since the last poll.
     *
     * @return how many events it published
     */
    public synchronized int poll() {
        List<Change> changes = changeLog.after(floor);
        Set<Item> fresh = new LinkedHashSet<>();
        for (Change change : changes) {
            if (told.add(change.id()) && !changeLog.madeHere(change)) {
                fresh.add(new Item(change.kind(), change.item()));
            }
        }
        for (Change change : changes) {
            if (!change.settled()) {
                break;
            }
            floor = change.id();
        }
        told.removeIf(id -> id <= floor);
        fresh.forEach(this::tellSafely);
        pruneNowAndThen();
        return fresh.size();
    }

    /** A listener that fails on one item must not keep the others from theirs. */
    private void tellSafely(Item item) {
        try {
            tell(item);
        } catch (RuntimeException e) {
            log.error("Could not apply the change of {} {} made on another instance; this instance keeps its previous"
                    + " version until the next change", item.kind(), item.key(), e);
        }
    }

    private void tell(Item item) {
        switch (item.kind()) {
            case ARTICLE -> events.publishEvent(new ArticleChanged(item.key(),
                    knowledgeBase.article(item.key()).map(StoredArticle::content).orElse(null)));
            case ANNOUNCEMENT -> {
                long id = Long.parseLong(item.key());
                events.publishEvent(new AnnouncementChanged(id, announcements.live(id).orElse(null)));
            }
        }
    }

    private void pruneNowAndThen() {
        if (System.nanoTime() - nextPrune > 0) {
            changeLog.prune();
            nextPrune = System.nanoTime() + PRUNE_EVERY.toNanos();
        }
    }
}
