package io.switchboard.core.account;

/** Someone already registered that user name (compared without case). */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("the user name '" + username + "' is taken");
    }
}
