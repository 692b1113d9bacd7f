package io.switchboard.admin.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The bootstrap admin account's password: the configured one, or a random one when none is
 * configured. Messages never contain the configured value.
 *
 * @param generated true when the value was made up here and the operator must be told it
 */
record AdminPassword(String value, boolean generated) {

    static final String ENVIRONMENT_VARIABLE = "SWITCHBOARD_ADMIN_PASSWORD";
    static final int MIN_LENGTH = StaffPasswords.MIN_LENGTH;

    /** 24 random bytes: 192 bits, 32 URL-safe characters. */
    private static final int GENERATED_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    static AdminPassword configuredOrGenerated(String configured) {
        if (configured == null) {
            byte[] bytes = new byte[GENERATED_BYTES];
            RANDOM.nextBytes(bytes);
            return new AdminPassword(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
        }
        if (configured.isBlank()) {
            throw new IllegalStateException(ENVIRONMENT_VARIABLE + " (switchboard.admin.password) is set but"
                    + " blank: set a password of at least " + MIN_LENGTH + " characters, or unset it to have"
                    + " a random one generated at startup");
        }
        if (configured.length() < MIN_LENGTH) {
            throw new IllegalStateException(ENVIRONMENT_VARIABLE + " (switchboard.admin.password) is too"
                    + " short: use at least " + MIN_LENGTH + " characters");
        }
        return new AdminPassword(configured, false);
    }

    /** Never shows the value. */
    @Override
    public String toString() {
        return generated ? "AdminPassword[generated]" : "AdminPassword[configured]";
    }
}
