package io.switchboard.helpcenter.search;

import io.switchboard.core.helpcenter.SearchMisses;
import io.switchboard.web.language.SiteLanguage;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/help/suggest?q=}: titles for the search box while one types, e.g.
 * {@code {"suggestions":[{"title":"What are the withdrawal fees…","url":"/help/articles/withdrawal-fee",
 * "kind":"article"}]}}. A {@code q} over 200 characters is a 400 in the site's error format.
 */
@RestController
class SuggestApi {

    private final HelpSearch search;

    SuggestApi(HelpSearch search) {
        this.search = search;
    }

    /** The response body: a list inside an object, so the shape can grow. */
    record Suggestions(List<Suggestion> suggestions) {
    }

    @GetMapping("/api/help/suggest")
    Suggestions suggest(@RequestParam(defaultValue = "") @Size(max = SearchMisses.QUERY_LENGTH) String q, Locale locale) {
        String typed = q.strip();
        return new Suggestions(typed.isEmpty() ? List.of()
                : search.suggest(typed, SiteLanguage.supported(locale).getLanguage()));
    }
}
