package io.switchboard.admin.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.admin.AdminProperties;
import io.switchboard.core.account.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords in a row lock an account for a while, so that a password cannot be found by
 * trying many: through the forum's sign-in form and the API's HTTP Basic alike. A locked account
 * is refused before its password is checked, which also keeps a flood of guesses from costing a
 * bcrypt hash each. Counted per user name, in this instance's memory; the lock ends
 * {@code sign-in-lockout} after the last wrong password, or at the next successful sign-in.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final int maxFailures;
    private final Cache<String, Integer> failures;

    SignInAttempts(AdminProperties properties) {
        this.maxFailures = properties.maxFailedSignIns();
        this.failures = Caffeine.newBuilder()
                .expireAfterWrite(properties.signInLockout())
                .maximumSize(100_000)
                .build();
    }

    boolean locked(String username) {
        Integer count = failures.getIfPresent(Account.normalize(username));
        return count != null && count >= maxFailures;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = Account.normalize(event.getAuthentication().getName());
        int count = failures.asMap().merge(username, 1, Integer::sum);
        if (count == maxFailures) {
            log.warn("Sign-in for '{}' locked after {} wrong passwords in a row", SignInAudit.loggable(username), count);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.invalidate(Account.normalize(event.getAuthentication().getName()));
    }
}
