package io.switchboard.helpcenter.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.core.knowledge.KnowledgeSections;
import io.switchboard.core.knowledge.Section;
import io.switchboard.core.knowledge.StoredArticle;
import io.switchboard.core.ticket.TicketCategory;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The published articles at one moment, and what the pages derived from them: the snapshot every page
 * reads, replaced as a whole when an article changes, so that what was derived from the old one (rendered
 * article pages, the sitemap) goes with it and never outlives the change.
 */
final class Catalog {

    static final int RELATED = 5;

    private final Map<String, StoredArticle> published;
    private final KnowledgeSections sections;
    private final Cache<PageKey, ArticlePage> pages;
    private final Cache<String, String> sitemaps = Caffeine.newBuilder().maximumSize(4).build();

    /** @param published by key, drafts left out */
    Catalog(Map<String, StoredArticle> published, KnowledgeSections sections, int pageCacheSize) {
        this.published = Map.copyOf(published);
        this.sections = sections;
        this.pages = Caffeine.newBuilder().maximumSize(pageCacheSize).build();
    }

    Optional<StoredArticle> article(String key) {
        return Optional.ofNullable(published.get(key));
    }

    Collection<StoredArticle> all() {
        return published.values();
    }

    List<StoredArticle> in(Section section) {
        return published.values().stream().filter(article -> sections.sectionOf(article.content()).equals(section))
                .toList();
    }

    List<StoredArticle> in(TicketCategory category) {
        return published.values().stream().filter(article -> article.content().category() == category).toList();
    }

    List<StoredArticle> promoted() {
        return published.values().stream().filter(article -> article.content().promoted()).toList();
    }

    /**
     * The articles a reader of {@code article} may want next: those of its section and those sharing its
     * tags, the ones with most in common first.
     */
    List<StoredArticle> related(StoredArticle article) {
        Section section = sections.sectionOf(article.content());
        Set<String> tags = lowerCase(article.content().tags());
        return published.values().stream()
                .filter(other -> !other.content().key().equals(article.content().key()))
                .map(other -> new Scored(other, (sections.sectionOf(other.content()).equals(section) ? 2 : 0)
                        + (int) lowerCase(other.content().tags()).stream().filter(tags::contains).count()))
                .filter(scored -> scored.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed()
                        .thenComparing(scored -> scored.article().content().key()))
                .limit(RELATED)
                .map(Scored::article)
                .toList();
    }

    /** When the newest of {@code articles} last changed; null for none. */
    static Instant lastChange(Collection<StoredArticle> articles) {
        return articles.stream().map(StoredArticle::updatedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    ArticlePage page(PageKey key, Function<PageKey, ArticlePage> render) {
        return pages.get(key, render);
    }

    String sitemap(String base, Function<String, String> write) {
        return sitemaps.get(base, write);
    }

    private static Set<String> lowerCase(List<String> tags) {
        return tags.stream().map(tag -> tag.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** An article page in one language. */
    record PageKey(String article, String language) {
    }

    private record Scored(StoredArticle article, int score) {
    }
}
