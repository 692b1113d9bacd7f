package io.switchboard.core.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.change.KnowledgeChangeLog;
import io.switchboard.core.json.StoredJson;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way articles change: every create, update and delete bumps the key's version, appends
 * a {@link ArticleRevision} and publishes an {@link ArticleChanged} for the answer engine. Staff
 * changes are also lines of the staff audit log (the revisions hold the whole text); the default
 * knowledge base filling gaps at start-up is not a staff action and is not. Every change is also a line
 * of the {@link KnowledgeChangeLog}, by which the other instances of a cluster learn of it.
 */
@Service
@Transactional
public class KnowledgeBase {

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final StaffAudit audit;
    private final KnowledgeChangeLog changes;
    private final Clock clock;
    /** Snapshots are stored: their format must not follow the web layer's settings ({@link StoredJson}). */
    private final ObjectMapper snapshots;

    public KnowledgeBase(ArticleRepository articles, ArticleRevisionRepository revisions,
            ApplicationEventPublisher events, StaffAudit audit, KnowledgeChangeLog changes, Clock clock,
            ObjectMapper json) {
        this.articles = articles;
        this.revisions = revisions;
        this.events = events;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
        this.snapshots = StoredJson.mapper(json);
    }

    /** Every article, by key. */
    @Transactional(readOnly = true)
    public List<StoredArticle> articles() {
        return articles.findAllByOrderByKeyAsc().stream().map(StoredArticle::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StoredArticle> article(String key) {
        return articles.findByKey(key).map(StoredArticle::of);
    }

    /** @throws DuplicateArticleException when the key is taken */
    public StoredArticle create(ArticleContent content, String by) {
        if (articles.existsByKey(content.key())) {
            throw new DuplicateArticleException(content.key());
        }
        Article article = insert(content, by);
        audit.record(by, "article.create", target(content.key()), null, summary(article.getVersion(), content));
        return StoredArticle.of(article);
    }

    /**
     * Creates the article unless its key has any history: the default knowledge base fills gaps
     * but never brings back what a manager edited or deleted.
     *
     * @return whether it was created
     */
    public boolean createIfNew(ArticleContent content, String by) {
        if (revisions.existsByArticleKey(content.key()) || articles.existsByKey(content.key())) {
            return false;
        }
        insert(content, by);
        return true;
    }

    /** @throws ArticleNotFoundException when there is no article {@code key} */
    public StoredArticle update(String key, ArticleContent content, String by) {
        if (!key.equals(content.key())) {
            throw new IllegalArgumentException("the article key cannot change: '" + key + "' is not '"
                    + content.key() + "'");
        }
        Article article = articles.findByKey(key).orElseThrow(() -> new ArticleNotFoundException(key));
        Object before = summary(article.getVersion(), article.toContent());
        article.revise(content, by, clock.instant());
        record(article, RevisionAction.UPDATED, content);
        audit.record(by, "article.update", target(key), before, summary(article.getVersion(), content));
        return StoredArticle.of(article);
    }

    /** @throws ArticleNotFoundException when there is no article {@code key} */
    public void delete(String key, String by) {
        Article article = articles.findByKey(key).orElseThrow(() -> new ArticleNotFoundException(key));
        ArticleContent last = article.toContent();
        articles.delete(article);
        revisions.save(new ArticleRevision(key, article.getVersion() + 1, RevisionAction.DELETED, by,
                clock.instant(), snapshot(last)));
        changed(key, null);
        audit.record(by, "article.delete", target(key), summary(article.getVersion(), last), null);
    }

    /**
     * Newest first; empty when the key never existed.
     */
    @Transactional(readOnly = true)
    public List<ArticleRevision> revisions(String key) {
        return revisions.findByArticleKeyOrderByVersionDesc(key);
    }

    private Article insert(ArticleContent content, String by) {
        int version = revisions.findFirstByArticleKeyOrderByVersionDesc(content.key())
                .map(ArticleRevision::getVersion).orElse(0) + 1;
        Article article = articles.save(new Article(content, version, by, clock.instant()));
        record(article, RevisionAction.CREATED, content);
        return article;
    }

    private static AuditTarget target(String key) {
        return AuditTarget.of("article", key);
    }

    /** What the audit log shows of a version: its category and titles; the revision has the rest. */
    private static Object summary(int version, ArticleContent content) {
        Map<String, String> titles = new TreeMap<>();
        content.variants().forEach((language, text) -> titles.put(language, text.title()));
        return StaffAudit.state("version", version, "category", content.category(), "titles", titles);
    }

    private void record(Article article, RevisionAction action, ArticleContent content) {
        Instant at = article.getUpdatedAt();
        revisions.save(new ArticleRevision(article.getKey(), article.getVersion(), action,
                article.getUpdatedBy(), at, snapshot(content)));
        changed(article.getKey(), content);
    }

    private void changed(String key, ArticleContent now) {
        changes.record(KnowledgeChangeLog.Kind.ARTICLE, key);
        events.publishEvent(new ArticleChanged(key, now));
    }

    private String snapshot(ArticleContent content) {
        try {
            return snapshots.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a snapshot of article " + content.key(), e);
        }
    }
}
