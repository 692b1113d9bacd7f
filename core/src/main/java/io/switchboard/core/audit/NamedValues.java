package io.switchboard.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit states the forum writes as text: names and values joined by ", ", such as
 * {@code board=news, locked=true, pinned=false} or {@code silencedUntil=2026-12-08T10:00:00Z, bannedUntil=null}.
 * A value is everything up to the next ", name=" (or the end), never up to the next comma, so a
 * value that holds ", " itself (a reason, a board's name) is kept whole; only a value holding
 * ", word=" could still read as two, which no state the forum stores does.
 */
public final class NamedValues {

    private static final Pattern PAIR = Pattern.compile("(\\w+)=(.*?)(?=, \\w+=|\\z)", Pattern.DOTALL);
    private static final String JOIN = ", ";

    private NamedValues() {
    }

    /** The pairs in their stored order, or empty when the text is not such a list (JSON, a short text). */
    public static Optional<Map<String, String>> parse(String stored) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Matcher pair = PAIR.matcher(stored);
        int at = 0;
        while (at < stored.length()) {
            if (!pair.find(at) || pair.start() != at) {
                return Optional.empty();
            }
            pairs.put(pair.group(1), pair.group(2));
            at = pair.end() == stored.length() ? pair.end() : pair.end() + JOIN.length();
        }
        return pairs.isEmpty() ? Optional.empty() : Optional.of(pairs);
    }
}
