package io.switchboard.flow;

import io.switchboard.flow.PageCheck.Page;
import io.switchboard.flow.PageCheck.Problem;
import io.switchboard.testing.browser.Browser;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Walks the forum, the console and the help center in a browser as one visitor in one language: opens the
 * start pages, then follows every same-site link under {@code /forum}, {@code /console}, {@code /help}, {@code /verify}
 * and {@code /contact} breadth first,
 * and checks each page it opens ({@link PageCheck}). So a page added later is walked as soon as a
 * page links to it. Bounded: a link that differs from one already followed only in the values of
 * its query ({@code ?status=OPEN}, {@code ?status=NEW}, {@code ?page=2}) is not followed again,
 * pages of one kind ({@code /forum/t/{id}}) are sampled as {@link #worthOpening} says, and at most
 * {@value #MAX_PAGES} pages are opened in all. One SiteWalk walks for every visitor in turn. Links that would change what is walked are not followed: the language
 * switch ({@code ?lang=}) and signing out (a form, which a crawl of links never submits anyway).
 */
final class SiteWalk {

    static final int MAX_PAGES = 160;
    static final int PER_KIND = 12;
    static final int PER_VARIANT = 2;
    static final int SAMPLE = 3;
    private static final List<String> SECTIONS = List.of("/forum", "/console", "/help", "/verify", "/contact");
    private static final Set<String> NOT_FOLLOWED = Set.of("/forum/logout", "/console/logout", "/help/logout");

    /** Reads what a reader sees, see {@link Page}; hidden elements and scripts are no text of the page. */
    private static final String READ_PAGE = """
            const navigation = performance.getEntriesByType('navigation')[0];
            const shown = element => element && element.checkVisibility({visibilityProperty: true});
            const parts = [document.title];
            const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
            const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                let element = node.parentElement;
                if (!element || skipped.has(element.tagName)) continue;
                if (element.tagName === 'OPTION' || element.tagName === 'OPTGROUP') element = element.closest('select');
                if (shown(element)) parts.push(node.nodeValue);
            }
            document.querySelectorAll('input[type=submit], input[type=button], [placeholder]').forEach(field => {
                if (shown(field)) parts.push(field.placeholder || field.value);
            });
            return {
                status: navigation ? navigation.responseStatus : 0,
                language: document.documentElement.lang || '',
                text: parts.join(' | '),
                links: Array.from(document.querySelectorAll('a[href]'), link => link.href)
            };
            """;

    private final Browser browser;
    private final String origin;
    private final PageCheck check = new PageCheck();
    /** Every page an earlier walk opened, by {@link #withoutQueryValues}. */
    private final Set<String> walkedBefore = new HashSet<>();

    SiteWalk(Browser browser, int port) {
        this.browser = browser;
        this.origin = "http://127.0.0.1:" + port;
    }

    /** Every problem found on the pages reachable from {@code starts}, which are opened whatever they are. */
    List<Finding> walk(String visitor, String language, List<String> starts) {
        Deque<Link> queue = new ArrayDeque<>();
        Set<String> followed = new HashSet<>();
        Map<String, Integer> perKind = new HashMap<>();
        for (String start : starts) {
            followed.add(withoutQueryValues(start));
            queue.add(new Link(start, null));
        }
        List<Finding> findings = new ArrayList<>();
        int opened = 0;
        while (!queue.isEmpty() && opened < MAX_PAGES) {
            Link link = queue.poll();
            opened++;
            browser.open(link.path());
            Page page = read();
            for (Problem problem : check.problems(page, language, link.from() != null)) {
                findings.add(new Finding(visitor, language, link.path(), link.from(), problem));
            }
            for (String href : page.links()) {
                String path = followable(href);
                if (path != null && !followed.contains(withoutQueryValues(path)) && worthOpening(path, perKind)) {
                    followed.add(withoutQueryValues(path));
                    perKind.merge(kind(path), 1, Integer::sum);
                    queue.add(new Link(path, link.path()));
                }
            }
        }
        walkedBefore.addAll(followed);
        return findings;
    }

    /**
     * Every page once, and every kind of page by every visitor in every language: a page no earlier
     * walk opened is opened up to {@value #PER_KIND} of its kind ({@value #PER_VARIANT} for a page
     * with a query: the same page slightly filled in), one an earlier walk opened only up to
     * {@value #SAMPLE}. What one visitor cannot see on one ticket's page they cannot see on another's;
     * what is wrong with one ticket's data shows on its page for everyone.
     */
    private boolean worthOpening(String path, Map<String, Integer> perKind) {
        int ofItsKind = perKind.getOrDefault(kind(path), 0);
        boolean unwalked = !walkedBefore.contains(withoutQueryValues(path));
        return ofItsKind < Math.min(path.contains("?") ? PER_VARIANT : PER_KIND, unwalked ? PER_KIND : SAMPLE);
    }

    @SuppressWarnings("unchecked")
    private Page read() {
        Map<String, Object> page = (Map<String, Object>) browser.driver.executeScript(READ_PAGE);
        return new Page(((Number) page.get("status")).intValue(), (String) page.get("language"),
                (String) page.get("text"), (List<String>) page.get("links"));
    }

    /** The path and query of a link worth following, or null. */
    private String followable(String href) {
        if (!href.startsWith(origin + "/")) {
            return null;
        }
        URI uri = URI.create(href);
        String path = uri.getRawPath();
        String query = uri.getRawQuery();
        boolean inSection = SECTIONS.stream().anyMatch(section -> path.equals(section) || path.startsWith(section + "/"));
        boolean asset = path.matches(".*\\.(css|js|png|svg|ico|xml|txt)$");
        boolean switchesLanguage = query != null && Arrays.stream(query.split("&")).anyMatch(p -> p.startsWith("lang="));
        if (!inSection || asset || switchesLanguage || NOT_FOLLOWED.contains(path)) {
            return null;
        }
        return query == null ? path : path + "?" + query;
    }

    /** The link with its query's values left out: {@code /console/tickets?status=OPEN} is {@code /console/tickets?status}. */
    private static String withoutQueryValues(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            return path;
        }
        return path.substring(0, query) + "?" + Arrays.stream(path.substring(query + 1).split("&"))
                .map(parameter -> parameter.split("=", 2)[0])
                .distinct().sorted().collect(Collectors.joining("&"));
    }

    /**
     * The kind of page: the link without query values, with numbers left out ({@code /forum/t/#}),
     * and, in a path of more than three segments, the third, which names what the rest is about
     * ({@code /forum/b/#/new}: the new-topic form of any board).
     */
    private static String kind(String path) {
        String kind = withoutQueryValues(path).replaceAll("\\d+", "#");
        return kind.replaceFirst("^(/[^/?]+/[^/?]+/)[^/?]+(/[^?]+)", "$1#$2");
    }

    private record Link(String path, String from) {
    }

    /**
     * One problem on one page.
     *
     * @param from the page whose link led there, or null for a page opened on purpose
     */
    record Finding(String visitor, String language, String path, String from, Problem problem) {
    }
}
