package io.switchboard.bench;

import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.eval.answer.LabeledMessage;
import io.switchboard.router.answer.DefaultKnowledgeBase;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The help center under concurrent readers, in the application the bench boots with its default
 * knowledge base seeded: article pages, searches, and as the floor the help center's static
 * stylesheet from the same server, through the same security chain, with the same readers. Each
 * reader is a browser that keeps its cookies. Round after round, the three series one after the
 * other, so the noise of a shared machine falls on all three alike.
 */
final class HelpBench {

    /** The help center's series, in the order a round runs them. */
    enum Page {
        /** {@code /help/articles/{key}?lang=zh|en} of every published default article. */
        ARTICLE,
        /** {@code /help/search?q=...&lang=...} with the shorter labeled questions. */
        SEARCH,
        /** {@code /help/help.css}: the server's floor for a GET under the help center's chain. */
        STYLESHEET
    }

    static final String STYLESHEET = "/help/help.css";
    private static final List<String> LANGUAGES = List.of("zh", "en");

    private final BenchOptions options;
    private final Map<Page, List<String>> paths = new EnumMap<>(Page.class);

    HelpBench(BenchOptions options, List<LabeledMessage> messages) {
        this.options = options;
        paths.put(Page.ARTICLE, articlePaths(DefaultKnowledgeBase.load()));
        paths.put(Page.SEARCH, searchPaths(messages));
        paths.put(Page.STYLESHEET, List.of(STYLESHEET));
    }

    /** Each published article in each language: what a reader arriving from a search engine or a link asks for. */
    private static List<String> articlePaths(List<ArticleContent> articles) {
        return articles.stream().filter(ArticleContent::published)
                .flatMap(article -> LANGUAGES.stream().map(lang -> "/help/articles/" + article.key() + "?lang=" + lang))
                .toList();
    }

    /**
     * What readers type into the search box: the shorter half, by characters, of each language's
     * labeled questions (a search box gets a few words, not the message one writes to support).
     */
    private static List<String> searchPaths(List<LabeledMessage> messages) {
        List<String> searches = new ArrayList<>();
        for (String lang : LANGUAGES) {
            List<LabeledMessage> questions = messages.stream()
                    .filter(m -> lang.equals(m.lang()) && m.asks())
                    .sorted(Comparator.comparingInt(m -> m.text().codePointCount(0, m.text().length())))
                    .toList();
            questions.subList(0, (questions.size() + 1) / 2).forEach(m -> searches.add("/help/search?q="
                    + URLEncoder.encode(m.text().strip(), StandardCharsets.UTF_8) + "&lang=" + lang));
        }
        if (searches.isEmpty()) {
            throw new IllegalArgumentException("the labeled messages hold no zh or en questions to search for");
        }
        return List.copyOf(searches);
    }

    /** What a series asks for, for the report: how many distinct pages. */
    int distinct(Page page) {
        return paths.get(page).size();
    }

    List<HelpRound> run(AppUnderTest app) throws InterruptedException {
        Map<Page, List<URI>> requests = new EnumMap<>(Page.class);
        paths.forEach((page, list) -> requests.put(page, IntStream.range(0, options.helpRequests())
                .mapToObj(i -> app.uri(list.get(i % list.size()))).toList()));
        System.out.printf(Locale.ROOT,
                "Help center: %d readers, think time %d ms; %d article pages, %d searches, baseline %s; "
                + "%d requests a series a round%n", options.readers(), options.thinkTimeMillis(),
                distinct(Page.ARTICLE), distinct(Page.SEARCH), app.uri(STYLESHEET), options.helpRequests());
        HttpLoad readers = new HttpLoad(options.readers(), Duration.ofMillis(options.thinkTimeMillis()));
        for (int r = 1; r <= options.warmupRounds(); r++) {
            round(readers, requests, "help warm-up " + r + "/" + options.warmupRounds());
        }
        List<HelpRound> rounds = new ArrayList<>();
        for (int r = 1; r <= options.rounds(); r++) {
            rounds.add(round(readers, requests, "help round " + r + "/" + options.rounds()));
        }
        return rounds;
    }

    private static HelpRound round(HttpLoad readers, Map<Page, List<URI>> requests, String label)
            throws InterruptedException {
        Map<Page, HttpLoad.Result> results = new EnumMap<>(Page.class);
        for (Map.Entry<Page, List<URI>> series : requests.entrySet()) {
            results.put(series.getKey(), readers.get(label + ", " + name(series.getKey()), series.getValue()));
        }
        System.out.println(label + ": " + results.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f/s p95 %.1f ms, non-200 %d", name(e.getKey()),
                        e.getValue().figures().perSecond(), e.getValue().figures().p95() / 1e6,
                        e.getValue().failures()))
                .collect(Collectors.joining("; ")));
        return new HelpRound(results);
    }

    private static String name(Page page) {
        return page.name().toLowerCase(Locale.ROOT);
    }
}
