package io.switchboard.helpcenter.search;

import io.switchboard.core.helpcenter.SearchMisses;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.helpcenter.article.CategorySlugs;
import io.switchboard.helpcenter.web.AnonymousPages;
import io.switchboard.web.language.SiteLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /help/search?q=&category=&page=}: the results with their snippets, the categories to narrow
 * them to, and when the help center has nothing on the query, the request form offered and the query
 * counted for staff ({@link SearchMisses}) once per page view.
 */
@Controller
class SearchPages {

    /** The category filter's choices, in the order the home page shows the categories, announcements last. */
    static final List<String> CATEGORIES = categories();

    private final HelpSearch search;
    private final SearchMisses misses;

    SearchPages(HelpSearch search, SearchMisses misses) {
        this.search = search;
        this.misses = misses;
    }

    @GetMapping("/help/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "1") int page, Locale locale, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        String query = q.strip();
        String chosen = category == null || category.isBlank() ? null : category;
        model.addAttribute("q", query);
        model.addAttribute("category", chosen);
        model.addAttribute("categories", CATEGORIES);
        if (query.length() > SearchMisses.QUERY_LENGTH) {
            return refused(model, response, "help.search.tooLong", SearchMisses.QUERY_LENGTH);
        }
        if (chosen != null && !CATEGORIES.contains(chosen)) {
            return refused(model, response, "help.search.unknownCategory", chosen);
        }
        if (query.isEmpty()) {
            return "help/search";
        }
        String language = SiteLanguage.supported(locale).getLanguage();
        SearchOutcome outcome = search.search(query, chosen, language, page);
        if (outcome.total() == 0) {
            misses.record(query, language);
            // each view of nothing found counts: the page is rendered again next time
            request.setAttribute(AnonymousPages.NOT_KEPT, true);
        }
        model.addAttribute("outcome", outcome);
        return "help/search";
    }

    /** The page with what was wrong instead of results, as a 400: nothing searched, nothing counted. */
    private static String refused(Model model, HttpServletResponse response, String messageKey, Object argument) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", messageKey);
        model.addAttribute("problemArgument", argument);
        return "help/search";
    }

    private static List<String> categories() {
        List<String> slugs = new ArrayList<>();
        for (TicketCategory category : TicketCategory.values()) {
            slugs.add(CategorySlugs.slug(category));
        }
        slugs.add(HelpDocuments.ANNOUNCEMENTS);
        return List.copyOf(slugs);
    }
}
