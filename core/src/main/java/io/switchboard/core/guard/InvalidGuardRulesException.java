package io.switchboard.core.guard;

/** Rules that cannot be used (a blank value, a pattern that does not compile...); nothing was saved. */
public class InvalidGuardRulesException extends RuntimeException {
    public InvalidGuardRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
