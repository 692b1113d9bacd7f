package io.switchboard.helpcenter.article;

import io.switchboard.core.knowledge.Section;
import io.switchboard.core.ticket.TicketCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Everything an article's page shows of it in one language, rendered once and kept ({@link RenderedArticles}).
 *
 * @param language the reader's language
 * @param shownIn the language of the text shown: the reader's, or another when the article lacks it
 * @param languages the languages the article is written in
 * @param html the body as cleaned HTML, placeholders filled in
 * @param description the body's first words as plain text, for search engines and link previews
 * @param tags the tags written in the reader's script
 */
public record ArticlePage(String key, String language, String shownIn, Set<String> languages, String title,
        String html, String description, List<String> tags, TicketCategory category, Section section,
        Instant updatedAt, List<ArticleLink> related) {

    public static String path(String key) {
        return "/help/articles/" + key;
    }

    public String path() {
        return path(key);
    }

    /** Shown in another language than the reader's, which the page says. */
    public boolean translationMissing() {
        return !shownIn.equals(language);
    }

    public String categorySlug() {
        return CategorySlugs.slug(category);
    }

    public LocalDate updatedOn() {
        return updatedAt.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
