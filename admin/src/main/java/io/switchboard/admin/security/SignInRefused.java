package io.switchboard.admin.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before its password was read ({@link SignInAttempts}). A {@link LockedException}, so
 * that it is published and audited like one; its message is for the audit log, never shown to the client.
 */
final class SignInRefused extends LockedException {

    private final Duration wait;

    private SignInRefused(String message, Duration wait) {
        super(message);
        this.wait = wait;
    }

    static SignInRefused lockedForAddress() {
        return new SignInRefused("too many wrong passwords from this address", null);
    }

    static SignInRefused slowedDown(Duration wait) {
        return new SignInRefused("slowed down after many wrong passwords from several addresses", wait);
    }

    /** Whether this is the account-wide slow-down rather than the lock of one address. */
    boolean slowedDown() {
        return wait != null;
    }

    /** How much longer the client has to wait, for a slow-down; whole seconds, at least one. */
    long secondsToWait() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
