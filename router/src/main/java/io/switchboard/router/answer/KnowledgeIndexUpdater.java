package io.switchboard.router.answer;

import io.switchboard.core.announcement.AnnouncementChanged;
import io.switchboard.core.knowledge.ArticleChanged;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reindexes an article or announcement after the change to it is committed: the change is queued
 * to the {@link KnowledgeIndexRoute}, whose one consumer applies the changes in order, so the API
 * call that made the change does not wait for Lucene and searches never wait at all. Changes made
 * before the engine exists (the seeding at start-up) are skipped: the engine is built from the
 * database after them.
 */
final class KnowledgeIndexUpdater {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexUpdater.class);

    /** One change waiting to be applied to the engine's index. */
    record Reindex(String what, Consumer<KnowledgeAnswerEngine> update) {
    }

    private final AtomicReference<KnowledgeAnswerEngine> engine = new AtomicReference<>();
    private final ProducerTemplate producer;

    KnowledgeIndexUpdater(ProducerTemplate producer) {
        this.producer = producer;
    }

    void attach(KnowledgeAnswerEngine answerEngine) {
        engine.set(answerEngine);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleChanged change) {
        queue("article " + change.key(), target -> {
            // a draft is not answered with: an article taken back to a draft leaves the index like a deleted one
            if (!change.live()) {
                target.removeArticle(change.key());
            } else {
                target.putArticle(change.article());
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AnnouncementChanged change) {
        queue("announcement " + change.id(), target -> {
            if (change.withdrawn()) {
                target.removeAnnouncement(change.id());
            } else {
                target.putAnnouncement(change.announcement());
            }
        });
    }

    private void queue(String what, Consumer<KnowledgeAnswerEngine> update) {
        if (engine.get() != null) {
            producer.sendBody(KnowledgeIndexRoute.QUEUE, new Reindex(what, update));
        }
    }

    /** Applies one queued change; run by the route, one change at a time. */
    void apply(Reindex change) {
        try {
            change.update().accept(engine.get());
            log.debug("Reindexed {}", change.what());
        } catch (RuntimeException e) {
            log.error("Could not reindex {}; answers use its previous version until the next change", change.what(), e);
        }
    }
}
