package io.switchboard.text;

import io.switchboard.text.KnowledgeAnalyzers.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Normalizes text and reads its terms the way the confidence features compare them: Chinese text
 * as SmartCN words plus character pairs (prefixed {@code "2:"}), other text as English words.
 * Synonyms make both land on the same canonical terms.
 */
public final class TermReader {

    public static final String PAIR_PREFIX = "2:";

    private final TextNormalizer normalizer;
    private final KnowledgeAnalyzers analyzers;

    TermReader(TextNormalizer normalizer, KnowledgeAnalyzers analyzers) {
        this.normalizer = normalizer;
        this.analyzers = analyzers;
    }

    /**
     * Reads the rules next to this class on the classpath: misspellings, stop words and synonyms.
     * Building the analyzers is costly: load once and share.
     */
    public static TermReader load() {
        TextNormalizer normalizer = TextNormalizer.fromRules(read("misspellings.txt"));
        Set<String> stopWords = read("stopwords.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
        return new TermReader(normalizer, new KnowledgeAnalyzers(read("synonyms.txt"), stopWords));
    }

    static String read(String name) {
        try (InputStream in = TermReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing next to " + TermReader.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " next to " + TermReader.class.getName(), e);
        }
    }

    public String normalize(String text) {
        return normalizer.normalize(text);
    }

    public String fold(String text) {
        return normalizer.fold(text);
    }

    String foldInPlace(String text) {
        return normalizer.foldInPlace(text);
    }

    public Set<String> termsOf(String normalized) {
        if (!Scripts.hasHan(normalized)) {
            return analyzers.terms(Kind.EN, normalized);
        }
        Set<String> terms = new LinkedHashSet<>(analyzers.terms(Kind.ZH, normalized));
        for (String pair : analyzers.terms(Kind.CJK, normalized)) {
            terms.add(PAIR_PREFIX + pair);
        }
        return terms;
    }

    public Set<String> terms(Kind kind, String normalized) {
        return analyzers.terms(kind, normalized);
    }

    public KnowledgeAnalyzers analyzers() {
        return analyzers;
    }
}
