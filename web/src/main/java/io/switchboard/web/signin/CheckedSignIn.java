package io.switchboard.web.signin;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in by user name and password, for every form and HTTP Basic, that first asks
 * {@link SignInAttempts} whether this account may be tried from this address now: a refused attempt
 * costs no password check.
 */
final class CheckedSignIn extends DaoAuthenticationProvider {

    private final SignInAttempts attempts;

    CheckedSignIn(UserDetailsService accounts, PasswordEncoder encoder, SignInAttempts attempts) {
        super(encoder);
        setUserDetailsService(accounts);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        SignInRefused refused = attempts.refusal(attempt.getName(), SignInAttempts.address(attempt)).orElse(null);
        if (refused != null) {
            throw refused;
        }
        return super.authenticate(attempt);
    }
}
