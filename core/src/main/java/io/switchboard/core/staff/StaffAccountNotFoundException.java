package io.switchboard.core.staff;

/** No staff account has that user name (members and the bot are not staff accounts here). */
public class StaffAccountNotFoundException extends RuntimeException {

    StaffAccountNotFoundException(String username) {
        super("no staff account '" + username + "'");
    }
}
