package io.switchboard.core.guard;

import java.util.List;

/**
 * Rules that cannot be used (a blank value, a pattern that does not compile...); nothing was saved.
 */
public class InvalidGuardRulesException extends GuardRefusal {

    /** What is wrong; the arguments each reason carries are listed with it. */
    public enum Reason {
        /** No argument. */
        NO_BRAND,
        /** The value given. */
        NOT_A_DOMAIN,
        /** The key given. */
        PATTERN_KEY,
        /** The key given. */
        PATTERN_KEY_TWICE,
        /** The pattern's key, then the regular expression engine's own description. */
        NOT_A_REGEX,
        /** A line of the console's pattern form: its number. */
        PATTERN_LINE,
        /** A line of the console's pattern form: its number, then the value given for "on". */
        PATTERN_TARGET,
        /** A line of the console's pattern form: its number, then the value given for the severity. */
        PATTERN_SEVERITY
    }

    public InvalidGuardRulesException(Reason reason, List<String> arguments, String message, Throwable cause) {
        super(reason, arguments, message, cause);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
