package io.switchboard.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The three ways the engine reads text, each used on the fields of its kind:
 * <ul>
 *   <li>{@link Kind#ZH}: SmartCN's HMM word segmentation (it keeps Latin words too), Porter
 *       stemming for the Latin words, the synonyms, then punctuation and stop words dropped;</li>
 *   <li>{@link Kind#EN}: the standard tokenizer, possessives, Porter stemming, the synonyms, then
 *       stop words dropped;</li>
 *   <li>{@link Kind#CJK}: overlapping pairs of Chinese characters, which still match where
 *       SmartCN cuts a domain word (提币, 到账, 强平) into single characters.</li>
 * </ul>
 * The synonym rules map every variant to one canonical word ({@code 提现, 提币, withdrawal =>
 * withdraw}), so Chinese and English words for the same thing meet at one term. Index-time
 * analyzers flatten the synonym graph, as Lucene requires.
 */
public final class KnowledgeAnalyzers {

    /** The kinds of analysis, one per kind of field. */
    public enum Kind {
        ZH, EN, CJK
    }

    public static final String QUESTION_ZH = "q_zh";
    public static final String BODY_ZH = "b_zh";
    public static final String QUESTION_EN = "q_en";
    public static final String BODY_EN = "b_en";
    public static final String QUESTION_CJK = "q_cjk";
    public static final String BODY_CJK = "b_cjk";

    private final Analyzer zhQuery;
    private final Analyzer enQuery;
    private final Analyzer cjk;
    private final Analyzer zhIndex;
    private final Analyzer enIndex;
    private final Analyzer indexing;

    KnowledgeAnalyzers(String synonymRules, Set<String> stopWords) {
        Analyzer zhRules = new Chain(Kind.ZH, null, null, false);
        Analyzer enRules = new Chain(Kind.EN, null, null, false);
        CharArraySet stops = stopSet(stopWords, enRules);
        SynonymMap zhSynonyms = synonyms(synonymRules, zhRules);
        SynonymMap enSynonyms = synonyms(synonymRules, enRules);
        this.zhQuery = new Chain(Kind.ZH, stops, zhSynonyms, false);
        this.enQuery = new Chain(Kind.EN, stops, enSynonyms, false);
        this.cjk = new Chain(Kind.CJK, stopCharacters(stopWords), null, false);
        this.zhIndex = new Chain(Kind.ZH, stops, zhSynonyms, true);
        this.enIndex = new Chain(Kind.EN, stops, enSynonyms, true);
        this.indexing = new PerFieldAnalyzerWrapper(cjk, Map.of(
                QUESTION_ZH, zhIndex, BODY_ZH, zhIndex, QUESTION_EN, enIndex, BODY_EN, enIndex));
    }

    /** For the index writer: picks the analyzer by field name. */
    public Analyzer indexing() {
        return indexing;
    }

    /** The index-time chain of {@code kind}, for an index that names its fields itself. */
    Analyzer indexing(Kind kind) {
        return switch (kind) {
            case ZH -> zhIndex;
            case EN -> enIndex;
            case CJK -> cjk;
        };
    }

    /** The query-time chain of {@code kind}: what {@link #terms} reads with. */
    Analyzer query(Kind kind) {
        return switch (kind) {
            case ZH -> zhQuery;
            case EN -> enQuery;
            case CJK -> cjk;
        };
    }

    /** The distinct terms of {@code normalizedText} as the fields of {@code kind} hold them. */
    public Set<String> terms(Kind kind, String normalizedText) {
        return read(query(kind), normalizedText);
    }

    private static Set<String> read(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze text in memory", e);
        }
        return terms;
    }

    /** The one-character Chinese stop words: a pair holding one ("了我", "的账") is noise. */
    private static CharArraySet stopCharacters(Set<String> stopWords) {
        CharArraySet characters = new CharArraySet(16, false);
        stopWords.stream().filter(word -> word.length() == 1 && Scripts.hasHan(word)).forEach(characters::add);
        return characters;
    }

    /** The stop words as written and as stemmed, since stemming comes first ("was" becomes "wa"). */
    private static CharArraySet stopSet(Set<String> stopWords, Analyzer stemming) {
        CharArraySet stops = new CharArraySet(stopWords, true);
        for (String word : stopWords) {
            stops.addAll(read(stemming, word));
        }
        return stops;
    }

    private static SynonymMap synonyms(String rules, Analyzer ruleAnalyzer) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
        try {
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException("synonym rules are invalid near line " + e.getErrorOffset()
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonym rules", e);
        }
    }

    /** One analysis chain; without synonyms it is also what parses the synonym rules. */
    private static final class Chain extends Analyzer {

        private final Kind kind;
        private final CharArraySet stops;
        private final SynonymMap synonyms;
        private final boolean indexTime;

        Chain(Kind kind, CharArraySet stops, SynonymMap synonyms, boolean indexTime) {
            this.kind = kind;
            this.stops = stops;
            this.synonyms = synonyms;
            this.indexTime = indexTime;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            if (kind == Kind.CJK) {
                Tokenizer source = new StandardTokenizer();
                TokenStream pairs = new CJKBigramFilter(source, CJKBigramFilter.HAN, false);
                return new TokenStreamComponents(source, new HanOnlyFilter(pairs, stops));
            }
            Tokenizer source = kind == Kind.ZH ? new HMMChineseTokenizer() : new StandardTokenizer();
            TokenStream stream = kind == Kind.EN ? new EnglishPossessiveFilter(source) : source;
            stream = new LowerCaseFilter(stream);
            stream = new PorterStemFilter(stream);
            if (synonyms == null) {
                return new TokenStreamComponents(source, stream);
            }
            // Synonyms before anything drops tokens: rules may hold stop words ("in review") and
            // the synonym filter refuses the holes dropped tokens leave.
            stream = new SynonymGraphFilter(stream, synonyms, true);
            if (indexTime) {
                stream = new FlattenGraphFilter(stream);
            }
            stream = new WordFilter(stream);
            stream = new StopFilter(stream, stops);
            return new TokenStreamComponents(source, stream);
        }
    }

    /** Drops punctuation and bare numbers: amounts and durations say nothing about the topic. */
    private static final class WordFilter extends FilteringTokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        WordFilter(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            boolean letter = false;
            for (int i = 0; i < term.length(); i++) {
                if (Character.isLetter(term.charAt(i))) {
                    letter = true;
                    break;
                }
            }
            return letter;
        }
    }

    /**
     * Keeps the Chinese pairs and lone characters (Latin words belong to the word fields), less
     * those holding a stop character.
     */
    private static final class HanOnlyFilter extends FilteringTokenFilter {

        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final CharArraySet stopCharacters;

        HanOnlyFilter(TokenStream in, CharArraySet stopCharacters) {
            super(in);
            this.stopCharacters = stopCharacters;
        }

        @Override
        protected boolean accept() {
            String t = type.type();
            boolean han = CJKBigramFilter.DOUBLE_TYPE.equals(t) || CJKBigramFilter.SINGLE_TYPE.equals(t)
                    || "<IDEOGRAPHIC>".equals(t);
            if (!han) {
                return false;
            }
            for (int i = 0; i < term.length(); i++) {
                if (stopCharacters.contains(term.buffer(), i, 1)) {
                    return false;
                }
            }
            return true;
        }
    }
}
