package io.switchboard.web.security;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed since it signed in: disabled, banned, or without a role the
 * session holds (a demoted admin). Accounts are never deleted; a name the store does not know
 * (a test's made-up user) is left alone. It runs in the chains that keep sessions, right after the session's sign-in is
 * read, and reads the account on each request, so a change takes effect at the session's next
 * request on every instance. The request then goes on unsigned-in: a page asks to sign in again,
 * the API answers 401. Not a bean, so that the servlet container does not run it on every request.
 */
final class ActiveAccountFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final Clock clock;

    ActiveAccountFilter(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && signedIn != null && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken) && !stillValid(signedIn)) {
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(Authentication signedIn) {
        return accounts.find(signedIn.getName()).map(account -> !account.isBot() && account.isEnabled()
                && !account.isBannedAt(clock.instant())
                && roles(signedIn.getAuthorities()).stream().allMatch(role -> role == account.getRole()
                        || role == AccountRole.MEMBER)).orElse(true);
    }

    /** The account roles among the authorities (a session holds no others, except in tests). */
    private static Set<AccountRole> roles(Collection<? extends GrantedAuthority> authorities) {
        Set<String> names = authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return Arrays.stream(AccountRole.values()).filter(role -> names.contains("ROLE_" + role.name()))
                .collect(Collectors.toSet());
    }
}
