package io.switchboard.admin.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a staff account's password must be: as long as the bootstrap admin's (12 characters or
 * more) and at most 72 bytes, the most bcrypt reads (about 72 Latin or 24 Chinese characters);
 * a longer one would be refused by the encoder rather than stored.
 */
public final class StaffPasswords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    /** What can be wrong with a password, with what the API says about it. */
    public enum Problem {
        TOO_SHORT("must have at least " + MIN_LENGTH + " characters"),
        TOO_LONG("must be at most " + MAX_BYTES + " bytes (about 72 Latin or 24 Chinese characters)");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private StaffPasswords() {
    }

    /** @return what is wrong with the password, or empty when it will do */
    public static Optional<Problem> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }
}
