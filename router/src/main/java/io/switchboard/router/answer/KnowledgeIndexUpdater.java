package io.switchboard.router.answer;

import io.switchboard.core.announcement.AnnouncementChanged;
import io.switchboard.core.knowledge.ArticleChanged;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reindexes an article or announcement after the change to it is committed, on one background
 * thread, so the API call that made the change does not wait for Lucene and searches never wait at
 * all. Changes made before the engine exists (the seeding at start-up) are skipped: the engine is
 * built from the database after them.
 */
final class KnowledgeIndexUpdater implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexUpdater.class);

    private final AtomicReference<KnowledgeAnswerEngine> engine = new AtomicReference<>();
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "knowledge-indexer");
        thread.setDaemon(true);
        return thread;
    });

    void attach(KnowledgeAnswerEngine answerEngine) {
        engine.set(answerEngine);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleChanged change) {
        submit("article " + change.key(), target -> {
            if (change.deleted()) {
                target.removeArticle(change.key());
            } else {
                target.putArticle(change.article());
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AnnouncementChanged change) {
        submit("announcement " + change.id(), target -> {
            if (change.withdrawn()) {
                target.removeAnnouncement(change.id());
            } else {
                target.putAnnouncement(change.announcement());
            }
        });
    }

    private void submit(String what, java.util.function.Consumer<KnowledgeAnswerEngine> update) {
        KnowledgeAnswerEngine target = engine.get();
        if (target == null) {
            return;
        }
        indexer.execute(() -> {
            try {
                update.accept(target);
                log.debug("Reindexed {}", what);
            } catch (RuntimeException e) {
                log.error("Could not reindex {}; answers use its previous version until the next change", what, e);
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        indexer.shutdown();
        if (!indexer.awaitTermination(5, TimeUnit.SECONDS)) {
            indexer.shutdownNow();
        }
    }
}
