package io.switchboard.helpcenter.article;

import io.switchboard.core.ticket.TicketCategory;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A section of a category as the help center shows it ({@code trading} / {@code futures}): where
 * articles with that {@code section} are listed.
 *
 * @param titles the section's name by language code
 */
public record Section(TicketCategory category, String slug, Map<String, String> titles) {

    public Section {
        titles = Collections.unmodifiableMap(new TreeMap<>(titles));
    }

    /** The name in {@code language}, else English, else any. */
    public String title(String language) {
        String exact = titles.get(language);
        if (exact != null) {
            return exact;
        }
        return titles.getOrDefault("en", titles.values().iterator().next());
    }

    public String categorySlug() {
        return CategorySlugs.slug(category);
    }

    /** {@code /help/categories/trading/futures} */
    public String path() {
        return "/help/categories/" + categorySlug() + "/" + slug;
    }
}
