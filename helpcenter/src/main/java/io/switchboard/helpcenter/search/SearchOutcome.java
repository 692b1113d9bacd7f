package io.switchboard.helpcenter.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results.
 *
 * @param counts how many results each category has (by slug, {@code announcements} too), whatever the
 *     category searched in
 * @param total results in all categories: none means the help center has nothing on the query
 * @param found results in the category searched in
 * @param page this page, from 1
 */
record SearchOutcome(List<SearchResult> results, Map<String, Integer> counts, int total, int found, int page,
        int pages) {

    static final SearchOutcome NOTHING = new SearchOutcome(List.of(), Map.of(), 0, 0, 1, 1);
}
