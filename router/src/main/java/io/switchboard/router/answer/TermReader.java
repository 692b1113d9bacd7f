package io.switchboard.router.answer;

import io.switchboard.router.answer.KnowledgeAnalyzers.Kind;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Normalizes text and reads its terms the way the confidence features compare them: Chinese text
 * as SmartCN words plus character pairs (prefixed {@code "2:"}), other text as English words.
 * Synonyms make both land on the same canonical terms.
 */
final class TermReader {

    static final String PAIR_PREFIX = "2:";

    private final TextNormalizer normalizer;
    private final KnowledgeAnalyzers analyzers;

    TermReader(TextNormalizer normalizer, KnowledgeAnalyzers analyzers) {
        this.normalizer = normalizer;
        this.analyzers = analyzers;
    }

    String normalize(String text) {
        return normalizer.normalize(text);
    }

    String fold(String text) {
        return normalizer.fold(text);
    }

    Set<String> termsOf(String normalized) {
        if (!Scripts.hasHan(normalized)) {
            return analyzers.terms(Kind.EN, normalized);
        }
        Set<String> terms = new LinkedHashSet<>(analyzers.terms(Kind.ZH, normalized));
        for (String pair : analyzers.terms(Kind.CJK, normalized)) {
            terms.add(PAIR_PREFIX + pair);
        }
        return terms;
    }

    Set<String> terms(Kind kind, String normalized) {
        return analyzers.terms(kind, normalized);
    }

    KnowledgeAnalyzers analyzers() {
        return analyzers;
    }
}
