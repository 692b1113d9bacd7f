package io.switchboard.core.staff;

/**
 * A change that would leave the installation without anyone to run it: an admin disabling or
 * demoting themselves, or the last enabled admin losing that.
 */
public class StaffChangeRefusedException extends RuntimeException {

    /** Why, for pages that say it in the reader's language. */
    public enum Reason {
        OWN_ACCOUNT, OWN_ROLE, LAST_ADMIN
    }

    private final Reason reason;

    StaffChangeRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
