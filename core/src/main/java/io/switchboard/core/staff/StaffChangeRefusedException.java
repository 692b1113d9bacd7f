package io.switchboard.core.staff;

/**
 * A change that would leave the installation without anyone to run it: an admin disabling or
 * demoting themselves, or the last enabled admin losing that.
 */
public class StaffChangeRefusedException extends RuntimeException {

    StaffChangeRefusedException(String message) {
        super(message);
    }
}
