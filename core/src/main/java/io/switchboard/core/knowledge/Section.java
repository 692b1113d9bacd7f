package io.switchboard.core.knowledge;

import io.switchboard.core.ticket.TicketCategory;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A section of a category ({@code TRADING} / {@code futures}): where the help center lists the articles
 * whose {@code section} names it, and what the console's editor suggests for that field.
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
}
