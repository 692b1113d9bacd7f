package io.switchboard.admin.guard;

import io.switchboard.core.guard.ExtraPattern;
import io.switchboard.core.guard.InvalidGuardRulesException;
import io.switchboard.core.guard.InvalidGuardRulesException.Reason;
import io.switchboard.core.guard.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Managers' own patterns as the console's form writes them, one a line:
 * {@code key | on | severity | explanation | regex}, for example
 * {@code pig-butchering | message | medium | promises a sure profit | guaranteed (profit|returns)}.
 * The regular expression comes last and is the rest of the line, so it may hold {@code |}; the
 * explanation may be empty and cannot hold one.
 */
final class PatternLines {

    static final String SEPARATOR = " | ";
    private static final int FIELDS = 5;

    private PatternLines() {
    }

    static String format(List<ExtraPattern> patterns) {
        return patterns.stream().map(p -> String.join(SEPARATOR, p.key(), p.target().name().toLowerCase(Locale.ROOT),
                p.severity().name().toLowerCase(Locale.ROOT), explanation(p), p.regex()))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Empty for the default one, which quotes the regex and comes back by itself; an explanation
     * set through the API with a {@code |} shows a {@code /} there, so the line still reads back.
     */
    private static String explanation(ExtraPattern pattern) {
        String byDefault = new ExtraPattern(pattern.key(), pattern.target(), pattern.regex(), pattern.severity(), null)
                .explanation();
        return pattern.explanation().equals(byDefault) ? "" : pattern.explanation().replace('|', '/');
    }

    /** @throws InvalidGuardRulesException naming the line that cannot be read */
    static List<ExtraPattern> parse(String text) {
        List<ExtraPattern> patterns = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                patterns.add(pattern(lines[i].strip(), i + 1));
            }
        }
        return patterns;
    }

    private static ExtraPattern pattern(String line, int number) {
        String[] fields = line.split("\\|", FIELDS);
        if (fields.length < FIELDS || fields[FIELDS - 1].isBlank()) {
            throw invalid(Reason.PATTERN_LINE, number, null, "write key | on | severity | explanation | regex");
        }
        String[] values = Arrays.stream(fields).map(String::strip).toArray(String[]::new);
        return new ExtraPattern(values[0], target(values[1], number), values[4], severity(values[2], number),
                values[3]);
    }

    private static ExtraPattern.Target target(String value, int number) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "message" -> ExtraPattern.Target.MESSAGE;
            case "name" -> ExtraPattern.Target.NAME;
            default -> throw invalid(Reason.PATTERN_TARGET, number, value, "on is message or name, not '" + value + "'");
        };
    }

    private static Severity severity(String value, int number) {
        try {
            return Severity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(Reason.PATTERN_SEVERITY, number, value,
                    "severity is high, medium or low, not '" + value + "'");
        }
    }

    /** @param value what the line gave, or null when the line as a whole is not readable */
    private static InvalidGuardRulesException invalid(Reason reason, int line, String value, String why) {
        List<String> arguments = value == null ? List.of(String.valueOf(line)) : List.of(String.valueOf(line), value);
        return new InvalidGuardRulesException(reason, arguments, "extraPatterns: line " + line + ": " + why, null);
    }
}
