package io.switchboard.helpcenter.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.text.QueryMatcher;
import io.switchboard.text.SearchAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Service;

/**
 * Searches the help center's articles and announcements the way the answer engine reads text, and
 * completes what a reader is typing. An article or announcement is one result, shown in the reader's
 * language when it has it, whichever of its languages matched. Pages of results are cached until the
 * index changes.
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
    /**
     * The word being typed: the last run of letters or digits, or a Chinese character typed alone. Chinese
     * comes in whole words from the input method: after 提币, 币 is no unfinished word, and titles
     * holding 币 (买币, 新币) are not what is meant.
     */
    private static final Pattern LAST_WORD = Pattern.compile("((?<!\\p{IsHan})\\p{IsHan}|[\\p{L}\\p{N}&&[^\\p{IsHan}]]+)$");
    /** Suggestions are titles, matched on their titles: a phrasing that mentions the word offers a title that does not. */
    private static final Map<String, Float> SUGGEST_BOOSTS = Map.of(HelpDocuments.TITLE, 1f);
    /**
     * How long a cached page lives although the index has not changed: announcements are searchable from
     * their publication time to their expiry, which no change announces.
     */
    private static final Duration CACHED_FOR = Duration.ofMinutes(1);

    /** One page asked for, of the index as it was. */
    private record Asked(long indexVersion, String text, String category, String language, int page) {
    }

    /** A matching document: which item and language it is, and its category, read from doc values. */
    private record Hit(int doc, String item, String language, String category) {
    }

    private final HelpIndex index;
    private final SearchAnalysis analysis;
    private final Clock clock;
    private final Cache<Asked, SearchOutcome> pages = Caffeine.newBuilder()
            .maximumSize(5_000).expireAfterWrite(CACHED_FOR).build();

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
        return pages.get(new Asked(index.version(), text, category, language, page), this::search);
    }

    private SearchOutcome search(Asked asked) {
        Optional<Query> query = analysis.query(asked.text(), HelpDocuments.BOOSTS);
        if (query.isEmpty()) {
            return SearchOutcome.NOTHING;
        }
        QueryMatcher matcher = analysis.matcher(asked.text());
        return index.read(searcher -> {
            List<Hit> items = items(searcher, query.get(), MOST_RESULTS, asked.language());
            Map<String, Integer> counts = new TreeMap<>();
            items.forEach(item -> counts.merge(item.category(), 1, Integer::sum));
            List<Hit> shown = asked.category() == null ? items
                    : items.stream().filter(item -> asked.category().equals(item.category())).toList();
            int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            int current = Math.min(Math.max(asked.page(), 1), pages);
            List<SearchResult> results = shown.stream().skip((long) (current - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                    .map(hit -> SearchResult.of(shown(searcher, hit, asked.language()), matcher)).toList();
            return new SearchOutcome(results, counts, items.size(), shown.size(), current, pages);
        });
    }

    /**
     * Up to {@link #SUGGESTIONS} titles for what is being typed: the words so far as a search reads them,
     * in the titles, and the last one, perhaps unfinished, as the start of a title's word.
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
        return index.read(searcher -> items(searcher, built, SUGGESTIONS, language).stream()
                .map(hit -> Suggestion.of(shown(searcher, hit, language))).toList());
    }

    /** The best {@code limit} items matching {@code query} and shown now, each as one of its languages. */
    private List<Hit> items(IndexSearcher searcher, Query query, int limit, String language) {
        Query shown = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(HelpDocuments.shownAt(clock.instant()), BooleanClause.Occur.FILTER)
                .build();
        try {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            Map<String, Hit> best = new LinkedHashMap<>();
            for (ScoreDoc found : searcher.search(shown, DOCUMENTS).scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(found.doc, leaves));
                int doc = found.doc - leaf.docBase;
                Hit hit = new Hit(found.doc, value(leaf, HelpDocuments.ITEM, doc), value(leaf, HelpDocuments.LANGUAGE, doc),
                        value(leaf, HelpDocuments.CATEGORY, doc));
                Hit kept = best.get(hit.item());
                if (kept == null ? best.size() < limit
                        : language.equals(hit.language()) && !language.equals(kept.language())) {
                    best.put(hit.item(), hit);
                }
            }
            return new ArrayList<>(best.values());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the help center's index", e);
        }
    }

    private static String value(LeafReaderContext leaf, String field, int doc) throws IOException {
        SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
        if (!values.advanceExact(doc)) {
            throw new IllegalStateException("help center document " + doc + " has no " + field);
        }
        return values.lookupOrd(values.ordValue()).utf8ToString();
    }

    /**
     * The hit's item as the reader is shown it: in the reader's language when the item has it, although
     * only another language matched (an English title says "withdrawals" where the Chinese one says 充提).
     */
    private static Document shown(IndexSearcher searcher, Hit hit, String language) {
        try {
            int doc = hit.doc();
            if (!language.equals(hit.language())) {
                Query sameItem = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(HelpDocuments.ITEM, hit.item())), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(HelpDocuments.LANGUAGE, language)), BooleanClause.Occur.FILTER)
                        .build();
                ScoreDoc[] inLanguage = searcher.search(sameItem, 1).scoreDocs;
                doc = inLanguage.length > 0 ? inLanguage[0].doc : doc;
            }
            return searcher.storedFields().document(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a help center document", e);
        }
    }
}
