package io.switchboard.helpcenter.article;

import io.switchboard.core.knowledge.ArticleChanged;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.StoredArticle;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The published articles as the help center's pages read them: one {@link Catalog} in memory, loaded
 * from the knowledge base on first use and dropped when an article changes (after the change is
 * committed, so the next reader loads it). Readers never wait for the database but on that first load.
 */
@Component
public class PublishedArticles {

    private final KnowledgeBase knowledgeBase;
    private final HelpSections sections;
    private final int pageCacheSize;
    private volatile Catalog current;

    PublishedArticles(KnowledgeBase knowledgeBase, HelpSections sections, BrowseProperties properties) {
        this.knowledgeBase = knowledgeBase;
        this.sections = sections;
        this.pageCacheSize = properties.pageCacheSize();
    }

    /** Whether members may read the article: it exists and is not a draft. */
    public boolean isPublished(String key) {
        return catalog().article(key).isPresent();
    }

    Catalog catalog() {
        Catalog catalog = current;
        return catalog != null ? catalog : load();
    }

    /**
     * One load at a time, and never at the same time as a change is taken in: a load that read the
     * articles just before a change committed is dropped by the change's {@link #forget}, which waits
     * for it.
     */
    private synchronized Catalog load() {
        if (current == null) {
            Map<String, StoredArticle> published = knowledgeBase.articles().stream()
                    .filter(article -> article.content().published())
                    .collect(Collectors.toMap(article -> article.content().key(), Function.identity()));
            current = new Catalog(published, sections, pageCacheSize);
        }
        return current;
    }

    /**
     * Any change may touch any page: a title shows in other articles' related lists, a section's list
     * and the sitemap. Changes are rare, readers many: everything is rebuilt on demand.
     */
    @TransactionalEventListener(fallbackExecution = true)
    synchronized void forget(ArticleChanged change) {
        current = null;
    }
}
