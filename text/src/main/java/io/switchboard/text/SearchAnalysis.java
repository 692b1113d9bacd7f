package io.switchboard.text;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The answer engine's way of reading Chinese and English text, for other full-text indexes (the
 * forum's search): the same normalization, misspellings, synonyms and stop words, so a search
 * for 提币 finds a topic about withdrawals. A search index needs only this class; the answer
 * engine, which weighs the fields itself, reads text through {@link TermReader}.
 */
public final class SearchAnalysis {

    /** The fields an index keeps per text: SmartCN words, English words, Chinese character pairs. */
    public enum Field {
        ZH(KnowledgeAnalyzers.Kind.ZH, KnowledgeAnalyzers.BODY_ZH),
        EN(KnowledgeAnalyzers.Kind.EN, KnowledgeAnalyzers.BODY_EN),
        CJK(KnowledgeAnalyzers.Kind.CJK, KnowledgeAnalyzers.BODY_CJK);

        private final KnowledgeAnalyzers.Kind kind;
        private final String fieldName;

        Field(KnowledgeAnalyzers.Kind kind, String fieldName) {
            this.kind = kind;
            this.fieldName = fieldName;
        }

        public String fieldName() {
            return fieldName;
        }
    }

    private final TermReader reader;

    private SearchAnalysis(TermReader reader) {
        this.reader = reader;
    }

    /** Reads the rule files from the classpath (see {@link TermReader#load()}). */
    public static SearchAnalysis load() {
        return new SearchAnalysis(TermReader.load());
    }

    /** For an index writer: the analyzer picks the chain by {@link Field#fieldName()}. */
    public Analyzer indexing() {
        return reader.analyzers().indexing();
    }

    /** The text as it is to be indexed: normalized like the engine's own entries. */
    public String normalize(String text) {
        return reader.normalize(text);
    }

    /** The query terms of {@code text} for one field. */
    public Set<String> queryTerms(Field field, String text) {
        return reader.terms(field.kind, reader.normalize(text));
    }
}
