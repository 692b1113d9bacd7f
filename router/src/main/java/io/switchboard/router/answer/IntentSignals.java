package io.switchboard.router.answer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spots what kind of message this is, from word lists: asking, asking for help, describing a
 * problem, or chatter, market talk, spam, something about another exchange. The lists come from
 * {@code knowledge/signals.yml}. Plain substring search (Latin entries only as whole words) keeps
 * this to microseconds; entries starting with {@code re:} are regular expressions.
 */
final class IntentSignals {

    /** The lists of {@code signals.yml}, one per kind of signal. */
    enum Signal {
        QUESTION, HELP, PROBLEM, CHATTER, MARKET, SPAM, ELSEWHERE
    }

    private static final String REGEX_PREFIX = "re:";

    private final Map<Signal, Entries> lists;

    IntentSignals(Map<Signal, List<String>> lists) {
        Map<Signal, Entries> compiled = new EnumMap<>(Signal.class);
        for (Signal signal : Signal.values()) {
            List<String> entries = lists.get(signal);
            if (entries == null || entries.isEmpty()) {
                throw new IllegalArgumentException("signal list '" + signal.name().toLowerCase(Locale.ROOT)
                        + "' is missing or empty");
            }
            compiled.put(signal, Entries.of(entries));
        }
        this.lists = compiled;
    }

    /** @param folded the message lower-cased and simplified, links still in place */
    Set<Signal> read(String folded) {
        Set<Signal> found = EnumSet.noneOf(Signal.class);
        lists.forEach((signal, entries) -> {
            if (entries.foundIn(folded)) {
                found.add(signal);
            }
        });
        return found;
    }

    /** One list, sorted by how it is matched. */
    private record Entries(List<String> words, List<String> anywhere, List<Pattern> patterns) {

        static Entries of(List<String> entries) {
            List<String> words = new ArrayList<>();
            List<String> anywhere = new ArrayList<>();
            List<Pattern> patterns = new ArrayList<>();
            for (String entry : entries) {
                if (entry.startsWith(REGEX_PREFIX)) {
                    patterns.add(Pattern.compile(entry.substring(REGEX_PREFIX.length())));
                } else if (isWordLike(entry)) {
                    words.add(entry.toLowerCase(Locale.ROOT));
                } else {
                    anywhere.add(entry);
                }
            }
            return new Entries(words, anywhere, patterns);
        }

        /** ASCII starting with a letter or digit: "gm" must not match inside "gmail". */
        private static boolean isWordLike(String entry) {
            return entry.chars().allMatch(c -> c < 0x80) && Character.isLetterOrDigit(entry.charAt(0));
        }

        boolean foundIn(String text) {
            for (String entry : anywhere) {
                if (text.contains(entry)) {
                    return true;
                }
            }
            for (String word : words) {
                if (containsWord(text, word)) {
                    return true;
                }
            }
            for (Pattern pattern : patterns) {
                if (pattern.matcher(text).find()) {
                    return true;
                }
            }
            return false;
        }

        private static boolean containsWord(String text, String word) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int end = at + word.length();
                if ((at == 0 || !isAsciiAlphanumeric(text.charAt(at - 1)))
                        && (end == text.length() || !isAsciiAlphanumeric(text.charAt(end)))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isAsciiAlphanumeric(char c) {
            return c < 0x80 && Character.isLetterOrDigit(c);
        }
    }
}
