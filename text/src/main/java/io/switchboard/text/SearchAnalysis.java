package io.switchboard.text;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The answer engine's way of reading Chinese and English text, for other full-text indexes (the
 * forum's search, the help center's): the same normalization, misspellings, synonyms and stop words,
 * so a search for 提币 finds a topic about withdrawals. A search index needs only this class; the
 * answer engine, which weighs the fields itself, reads text through {@link TermReader}.
 *
 * <p>An index keeps each part of a document it searches (a title, a body) in three fields, one per
 * {@link Field} kind, named {@link Field#of(String) part_kind}: {@code body_zh}, {@code body_en},
 * {@code body_cjk}. {@link #indexing()} reads each by its kind, {@link #query} looks in all of them.
 */
public final class SearchAnalysis {

    /** The fields an index keeps per text: SmartCN words, English words, Chinese character pairs. */
    public enum Field {
        ZH(KnowledgeAnalyzers.Kind.ZH, "_zh"),
        EN(KnowledgeAnalyzers.Kind.EN, "_en"),
        CJK(KnowledgeAnalyzers.Kind.CJK, "_cjk");

        private final KnowledgeAnalyzers.Kind kind;
        private final String suffix;

        Field(KnowledgeAnalyzers.Kind kind, String suffix) {
            this.kind = kind;
            this.suffix = suffix;
        }

        /** The name of this kind's field for {@code part} of a document: {@code of("title")} is {@code title_zh}. */
        public String of(String part) {
            return part + suffix;
        }

        static Field ofFieldName(String fieldName) {
            for (Field field : values()) {
                if (fieldName.endsWith(field.suffix)) {
                    return field;
                }
            }
            throw new IllegalArgumentException("field '" + fieldName + "' is not named part_zh, part_en or part_cjk, "
                    + "so it has no analysis: name it with Field.of");
        }
    }

    private final TermReader reader;
    private final Analyzer indexing;

    private SearchAnalysis(TermReader reader) {
        this.reader = reader;
        Map<Field, Analyzer> chains = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            chains.put(field, reader.analyzers().indexing(field.kind));
        }
        this.indexing = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return chains.get(Field.ofFieldName(fieldName));
            }
        };
    }

    /** Reads the rule files from the classpath (see {@link TermReader#load()}). */
    public static SearchAnalysis load() {
        return new SearchAnalysis(TermReader.load());
    }

    /** For an index writer: the analyzer picks the chain by the field name's kind ({@link Field#of}). */
    public Analyzer indexing() {
        return indexing;
    }

    /** The text as it is to be indexed: normalized like the engine's own entries. */
    public String normalize(String text) {
        return reader.normalize(text);
    }

    /**
     * {@code text} in one case, width and script, every character where it was: what a {@link QueryMatcher}
     * reads to mark the words of the text as written.
     */
    public String foldInPlace(String text) {
        return reader.foldInPlace(text);
    }

    /** The query terms of {@code text} for one field. */
    public Set<String> queryTerms(Field field, String text) {
        return reader.terms(field.kind, reader.normalize(text));
    }

    /**
     * A query for {@code text} over the three fields of each part, every term of every kind a should
     * clause weighted by its part's boost: the parts' relative importance ({@code title} over {@code body}).
     * The English field reads Chinese as single characters, which any text sharing one would match:
     * the query leaves those out, and finds Chinese by its words and character pairs.
     *
     * @return empty when {@code text} has no term (only stop words or punctuation)
     */
    public Optional<Query> query(String text, Map<String, Float> boostByPart) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (Field field : Field.values()) {
            for (String term : searchedTerms(field, text)) {
                for (Map.Entry<String, Float> part : boostByPart.entrySet()) {
                    if (clauses++ < BooleanQuery.getMaxClauseCount()) {
                        Query one = new TermQuery(new Term(field.of(part.getKey()), term));
                        query.add(part.getValue() == 1f ? one : new BoostQuery(one, part.getValue()),
                                BooleanClause.Occur.SHOULD);
                    }
                }
            }
        }
        return clauses == 0 ? Optional.empty() : Optional.of(query.build());
    }

    /** Finds where {@code query}'s words occur in texts as written, to highlight them. */
    public QueryMatcher matcher(String query) {
        Map<KnowledgeAnalyzers.Kind, Set<String>> terms = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            terms.put(field.kind, searchedTerms(field, query));
        }
        return new QueryMatcher(reader, terms);
    }

    private Set<String> searchedTerms(Field field, String text) {
        Set<String> terms = new LinkedHashSet<>(queryTerms(field, text));
        if (field == Field.EN) {
            terms.removeIf(term -> term.length() == 1 && Scripts.hasHan(term));
        }
        return terms;
    }
}
