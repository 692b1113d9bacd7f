package io.switchboard.admin.staff;

import io.switchboard.admin.security.StaffPasswords;
import io.switchboard.admin.security.StaffRole;
import io.switchboard.core.account.AccountRole;
import io.switchboard.web.error.InvalidFieldException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Reads what an admin typed for a staff account, for the API and the console pages alike: a user
 * name, a role and a password, hashed here where the encoder is. Each refusal names the field and
 * has a code the pages turn into their language.
 */
@Component
class StaffInput {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_-]{3,32}");
    static final int MAX_DISPLAY_NAME = 64;
    static final List<String> ROLES = Arrays.stream(StaffRole.values())
            .map(role -> role.name().toLowerCase(Locale.ROOT)).toList();

    private final PasswordEncoder encoder;

    StaffInput(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    String username(String text) {
        String name = text == null ? "" : text.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new Invalid("username", "username", "must be 3 to 32 letters, digits, _ or -");
        }
        return name;
    }

    /** The user name when none is given. */
    String displayName(String text, String username) {
        String shown = text == null || text.isBlank() ? username : text.strip();
        if (shown.length() > MAX_DISPLAY_NAME) {
            throw new Invalid("displayName", "displayName", "must be at most " + MAX_DISPLAY_NAME + " characters");
        }
        return shown;
    }

    AccountRole role(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!ROLES.contains(wanted)) {
            throw new Invalid("role", "role", "must be one of " + String.join(", ", ROLES));
        }
        return AccountRole.valueOf(wanted.toUpperCase(Locale.ROOT));
    }

    String passwordHash(String password) {
        StaffPasswords.problem(password).ifPresent(problem -> {
            throw new Invalid("password", "password-" + problem.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    problem.message());
        });
        return encoder.encode(password);
    }

    /** @param code what the console's messages know it by: {@code console.staff.error.<code>} */
    static final class Invalid extends InvalidFieldException {

        private final String code;

        Invalid(String field, String code, String problem) {
            super(field, problem);
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
