package io.switchboard.helpcenter.search;

import static io.switchboard.helpcenter.search.HelpDocuments.CATEGORY;
import static io.switchboard.helpcenter.search.HelpDocuments.ITEM;
import static io.switchboard.helpcenter.search.HelpDocuments.LANGUAGE;

import io.switchboard.text.QueryMatcher;
import io.switchboard.text.SearchAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.springframework.stereotype.Service;

/**
 * Searches the help center's articles and announcements the way the answer engine reads text, and
 * completes what a reader is typing. An article or announcement is one result, in the reader's
 * language when that language matched, else in the one that did.
 */
@Service
class HelpSearch {

    /** Results per page. */
    static final int PAGE_SIZE = 10;
    /** Results at most: past the tenth page a search needs other words, not more pages. */
    static final int MOST_RESULTS = 100;
    static final int SUGGESTIONS = 6;
    /** Documents read per search: every language of {@link #MOST_RESULTS} items, with room. */
    private static final int DOCUMENTS = MOST_RESULTS * 3;
    /** The word being typed: the last run of letters or digits, or the last Chinese character. */
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{IsHan}|[\\p{L}\\p{N}&&[^\\p{IsHan}]]+)$");
    private static final Map<String, Float> SUGGEST_BOOSTS = Map.of(HelpDocuments.TITLE, 3f, HelpDocuments.PHRASINGS, 1f);

    private final HelpIndex index;
    private final SearchAnalysis analysis;
    private final Clock clock;

    HelpSearch(HelpIndex index, SearchAnalysis analysis, Clock clock) {
        this.index = index;
        this.analysis = analysis;
        this.clock = clock;
    }

    /**
     * One page of results for {@code text}, of one category ({@code null} for all; the slug of a
     * category, or {@code announcements}), with how many each category has.
     *
     * @param page from 1; past the last, the last
     */
    SearchOutcome search(String text, String category, String language, int page) {
        Optional<Query> query = analysis.query(text, HelpDocuments.BOOSTS);
        if (query.isEmpty()) {
            return SearchOutcome.nothing(text, category);
        }
        List<Document> items = index.read(searcher -> items(searcher, query.get(), MOST_RESULTS, language));
        Map<String, Integer> counts = new TreeMap<>();
        items.forEach(item -> counts.merge(item.get(CATEGORY), 1, Integer::sum));
        List<Document> shown = category == null ? items
                : items.stream().filter(item -> category.equals(item.get(CATEGORY))).toList();
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        QueryMatcher matcher = analysis.matcher(text);
        List<SearchResult> results = shown.stream().skip((long) (current - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                .map(item -> SearchResult.of(item, matcher)).toList();
        return new SearchOutcome(text, category, results, counts, items.size(), shown.size(), current, pages);
    }

    /**
     * Up to {@link #SUGGESTIONS} titles for what is being typed: the words so far as a search does,
     * and the last one, perhaps unfinished, as the start of a title's word.
     */
    List<Suggestion> suggest(String text, String language) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        analysis.query(text, SUGGEST_BOOSTS).ifPresent(words -> query.add(words, BooleanClause.Occur.SHOULD));
        Matcher last = LAST_WORD.matcher(analysis.normalize(text.strip()));
        if (last.find()) {
            query.add(new PrefixQuery(new Term(HelpDocuments.TITLE_WORDS, last.group(1))), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery built = query.build();
        if (built.clauses().isEmpty()) {
            return List.of();
        }
        return index.read(searcher -> items(searcher, built, SUGGESTIONS, language)).stream()
                .map(Suggestion::of).toList();
    }

    /** The best {@code limit} items matching {@code query} and shown now, each as one of its languages. */
    private List<Document> items(IndexSearcher searcher, Query query, int limit, String language) {
        Query shown = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(HelpDocuments.shownAt(clock.instant()), BooleanClause.Occur.FILTER)
                .build();
        try {
            StoredFields stored = searcher.storedFields();
            Map<String, Document> best = new LinkedHashMap<>();
            for (ScoreDoc hit : searcher.search(shown, DOCUMENTS).scoreDocs) {
                Document document = stored.document(hit.doc);
                String item = document.get(ITEM);
                Document kept = best.get(item);
                if (kept == null && best.size() < limit) {
                    best.put(item, document);
                } else if (kept != null && language.equals(document.get(LANGUAGE)) && !language.equals(kept.get(LANGUAGE))) {
                    best.put(item, document);
                }
            }
            return new ArrayList<>(best.values());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the help center's index", e);
        }
    }
}
