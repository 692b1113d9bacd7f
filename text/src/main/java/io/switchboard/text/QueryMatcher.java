package io.switchboard.text;

import io.switchboard.text.KnowledgeAnalyzers.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Where a query's words occur in a text as it is written, for highlighting: the text is read by the
 * same chains as the index, so 提幣 marks 提现 and "withdrawl" marks "Withdrawals". It reads the text
 * {@linkplain SearchAnalysis#foldInPlace folded without moving a character} (case, width, traditional
 * to simplified), so the chains' offsets are offsets into the text as written; an index folds its texts
 * once, when it stores them, as folding costs more than the reading. The misspellings and links that
 * the index's normalization also rewrites are read as written, which at worst leaves a word unmarked.
 *
 * <p>What is marked: English words and Chinese words whose terms the query has, and pairs of Chinese
 * characters the query has. A lone Chinese character the query has is not: 的 or 币 alone would mark
 * half a page.
 */
public final class QueryMatcher {

    /** A span of the text, {@code [start, end)} in UTF-16 units. */
    public record Match(int start, int end) {
    }

    private final TermReader reader;
    private final Map<Kind, Set<String>> terms;

    QueryMatcher(TermReader reader, Map<Kind, Set<String>> terms) {
        this.reader = reader;
        this.terms = terms;
    }

    /** Whether the query has a term at all: a query of stop words marks nothing. */
    public boolean isEmpty() {
        return terms.values().stream().allMatch(Set::isEmpty);
    }

    /**
     * The spans to mark, in order, none overlapping another.
     *
     * @param folded the text as {@link SearchAnalysis#foldInPlace} gives it: its offsets are the written text's
     */
    public List<Match> find(String folded) {
        if (folded.isEmpty() || isEmpty()) {
            return List.of();
        }
        List<Match> found = new ArrayList<>();
        terms.forEach((kind, wanted) -> {
            if (!wanted.isEmpty()) {
                collect(kind, wanted, folded, found);
            }
        });
        return merged(found);
    }

    private void collect(Kind kind, Set<String> wanted, String folded, List<Match> found) {
        try (TokenStream stream = reader.analyzers().query(kind).tokenStream("", folded)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (offset.endOffset() - offset.startOffset() > 1 || !Scripts.hasHan(term)) {
                    if (wanted.contains(term.toString())) {
                        found.add(new Match(offset.startOffset(), offset.endOffset()));
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze text in memory", e);
        }
    }

    private static List<Match> merged(List<Match> found) {
        found.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
        List<Match> merged = new ArrayList<>();
        for (Match match : found) {
            Match last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && match.start() <= last.end()) {
                merged.set(merged.size() - 1, new Match(last.start(), Math.max(last.end(), match.end())));
            } else {
                merged.add(match);
            }
        }
        return merged;
    }
}
