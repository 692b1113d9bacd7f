package io.switchboard.core.guard;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A pattern a manager added for a scam the built-in rules do not know, matched case-insensitively
 * on a name or a message as written and on its folded form (lower
 * case, homoglyphs and digits read as letters, i and l alike), so "PR0FIT" is found by "profit"
 * when the pattern is written as folded text would read ("proflt"), or by "pr0fit" as written.
 *
 * @param key short name, unique; the finding's rule is {@code custom.<key>}
 * @param target what it is matched on
 * @param regex a Java regular expression
 */
public record ExtraPattern(String key, Target target, String regex, Severity severity, String explanation) {

    /** What a pattern is matched on. */
    public enum Target { NAME, MESSAGE }

    public ExtraPattern {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(regex, "regex");
        Objects.requireNonNull(severity, "severity");
        explanation = explanation == null || explanation.isBlank() ? "matches the pattern " + regex : explanation;
    }

    /** @throws IllegalArgumentException naming the pattern when the regex does not compile */
    public Pattern compile() {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("pattern '" + key + "' is not a valid regular expression: "
                    + e.getDescription(), e);
        }
    }
}
