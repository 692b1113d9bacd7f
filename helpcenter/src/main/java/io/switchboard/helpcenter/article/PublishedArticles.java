package io.switchboard.helpcenter.article;

import io.switchboard.core.knowledge.ArticleChanged;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.KnowledgeSections;
import io.switchboard.core.knowledge.Section;
import java.util.Optional;
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

    private final Snapshot<Catalog> catalog;
    private final KnowledgeSections sections;

    PublishedArticles(KnowledgeBase knowledgeBase, KnowledgeSections sections, BrowseProperties properties) {
        this.sections = sections;
        this.catalog = new Snapshot<>(() -> new Catalog(knowledgeBase.articles().stream()
                .filter(article -> article.content().published())
                .collect(Collectors.toMap(article -> article.content().key(), Function.identity())),
                sections, properties.pageCacheSize()));
    }

    /** Whether members may read the article: it exists and is not a draft. */
    public boolean isPublished(String key) {
        return catalog().article(key).isPresent();
    }

    /** The section a published article is listed in; empty for a draft or an unknown key. */
    public Optional<Section> sectionOf(String key) {
        return catalog().article(key).map(article -> sections.sectionOf(article.content()));
    }

    Catalog catalog() {
        return catalog.get();
    }

    /**
     * Any change may touch any page: a title shows in other articles' related lists, a section's list
     * and the sitemap. Changes are rare, readers many: everything is rebuilt on demand.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void forget(ArticleChanged change) {
        catalog.drop();
    }
}
