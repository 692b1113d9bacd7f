package io.switchboard.web.signin;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before its password was read ({@link SignInAttempts}). A {@link LockedException}, so
 * that it is published and audited like one; its message is for the audit log, never shown to the client.
 */
final class SignInRefused extends LockedException {

    private SignInRefused(String message) {
        super(message);
    }

    static SignInRefused lockedForAddress() {
        return new SignInRefused("too many wrong passwords from this address");
    }

    static SignInRefused slowedDown() {
        return new SignInRefused("slowed down after many wrong passwords from several addresses");
    }
}
