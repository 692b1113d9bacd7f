package io.switchboard.text;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Brings a message and the articles to one written form before analysis: full-width to
 * half-width, lower case, traditional Chinese to simplified, known misspellings fixed, and the
 * noise members paste (links, @mentions, transaction hashes) removed.
 */
final class TextNormalizer {

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+|\\b[a-z0-9-]+\\.(?:ly|io|com|co|me|gg)/\\S*");
    private static final Pattern MENTION = Pattern.compile("@[\\p{L}\\p{N}_]+");
    private static final Pattern HASH = Pattern.compile("\\b(?:0x)?[0-9a-f]{24,}\\b");

    /** ICU transliterators are not thread-safe and costly to build: one per thread. */
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private final Map<String, String> misspellings;
    private final Pattern misspelled;

    /** @param misspellings wrong form to right form, both already lower case and simplified */
    TextNormalizer(Map<String, String> misspellings) {
        this.misspellings = Map.copyOf(misspellings);
        this.misspelled = misspellings.isEmpty() ? null : Pattern.compile(misspellings.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(TextNormalizer::asPattern)
                .collect(Collectors.joining("|")));
    }

    /** Reads {@code wrong => right} lines; {@code #} starts a comment. */
    static TextNormalizer fromRules(String rules) {
        Map<String, String> map = new LinkedHashMap<>();
        rules.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
            String[] parts = line.split("=>");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("misspelling rule must read 'wrong => right': " + line);
            }
            map.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip().toLowerCase(Locale.ROOT));
        });
        return new TextNormalizer(map);
    }

    String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (Scripts.hasHan(s)) {
            s = TO_SIMPLIFIED.get().transliterate(s);
        }
        s = URL.matcher(s).replaceAll(" ");
        s = MENTION.matcher(s).replaceAll(" ");
        s = HASH.matcher(s).replaceAll(" ");
        return misspelled == null ? s : fixMisspellings(s);
    }

    /** Only the simplification and case folding: for spotting signal words, links still in place. */
    String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Scripts.hasHan(s) ? TO_SIMPLIFIED.get().transliterate(s) : s;
    }

    /**
     * {@link #fold} with every character left where it was, so that an offset into the result is one
     * into {@code text}: what highlighting needs. The rare character whose folded form is longer or
     * shorter (a ligature, ㎏) is kept as written.
     */
    String foldInPlace(String text) {
        String folded = fold(text);
        if (folded.length() == text.length()) {
            return folded;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String written = Character.toString(codePoint);
            String one = fold(written);
            out.append(one.length() == written.length() ? one : written);
        });
        return out.toString();
    }

    private String fixMisspellings(String s) {
        Matcher m = misspelled.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(misspellings.get(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Chinese forms match anywhere; Latin words only as whole words. */
    private static String asPattern(String wrong) {
        String quoted = Pattern.quote(wrong);
        return Scripts.hasHan(wrong) ? quoted : "\\b" + quoted + "\\b";
    }
}
