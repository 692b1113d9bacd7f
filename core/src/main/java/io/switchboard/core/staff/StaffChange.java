package io.switchboard.core.staff;

import io.switchboard.core.account.AccountRole;

/**
 * What an admin changes on a staff account; a null component is left as it is.
 *
 * @param passwordHash a new password, already hashed by the caller (who owns the encoder)
 */
public record StaffChange(AccountRole role, Boolean enabled, String passwordHash) {

    public static StaffChange role(AccountRole role) {
        return new StaffChange(role, null, null);
    }

    public static StaffChange enabled(boolean enabled) {
        return new StaffChange(null, enabled, null);
    }

    public static StaffChange password(String passwordHash) {
        return new StaffChange(null, null, passwordHash);
    }
}
