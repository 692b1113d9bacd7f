package io.switchboard.helpcenter.search;

import io.switchboard.core.announcement.AnnouncementChanged;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.knowledge.ArticleChanged;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.StoredArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the help center's index true: built from the database at start-up, and an article or
 * announcement reindexed once a change to it is committed (an article back to a draft, deleted, or a
 * withdrawn announcement leaves it). One thread applies the changes in the order they came, so the
 * request that made a change does not wait for Lucene and a rebuild never races an update.
 */
@Component
class HelpIndexUpdates implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HelpIndexUpdates.class);

    private final ExecutorService updates = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "help-search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final KnowledgeBase knowledge;
    private final Announcements announcements;
    private final HelpDocuments documents;
    private final HelpIndex index;

    HelpIndexUpdates(KnowledgeBase knowledge, Announcements announcements, HelpDocuments documents, HelpIndex index) {
        this.knowledge = knowledge;
        this.announcements = announcements;
        this.documents = documents;
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildAtStart() {
        apply("everything", this::rebuild);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleChanged change) {
        apply("article " + change.key(), () -> index.replace(HelpDocuments.ITEM, HelpDocuments.articleItem(change.key()),
                change.live() ? documents.of(change.article()) : List.of()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AnnouncementChanged change) {
        apply("announcement " + change.id(), () -> index.replace(HelpDocuments.ITEM,
                HelpDocuments.announcementItem(change.id()),
                change.withdrawn() ? List.of() : documents.of(change.id(), change.announcement())));
    }

    /**
     * Completes once every change received so far is searchable: for whoever must read what was just
     * written (a test between two searches that must see one index).
     */
    CompletableFuture<Void> caughtUp() {
        return CompletableFuture.runAsync(() -> { }, updates);
    }

    private void rebuild() {
        List<Document> all = new ArrayList<>();
        List<StoredArticle> articles = knowledge.articles();
        articles.forEach(article -> all.addAll(documents.of(article.content())));
        List<AnnouncementContent> current = announcements.all();
        current.forEach(announcement -> all.addAll(documents.of(announcement.id(), announcement)));
        index.rebuild(all);
        log.info("Help center search indexed {} articles and {} announcements ({} documents)",
                articles.size(), current.size(), all.size());
    }

    private void apply(String what, Runnable update) {
        updates.execute(() -> {
            try {
                update.run();
            } catch (RuntimeException e) {
                log.error("Could not reindex {} for the help center's search; it finds the previous version until "
                        + "the next change", what, e);
            }
        });
    }

    @Override
    public void close() throws InterruptedException {
        updates.shutdown();
        updates.awaitTermination(5, TimeUnit.SECONDS);
    }
}
