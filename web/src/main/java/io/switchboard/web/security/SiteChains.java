package io.switchboard.web.security;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import java.time.Clock;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * What the site's security chains are built from, whichever surface declares them: a chain either
 * keeps sessions (a surface's pages, and an API its pages call) or keeps none (scripts, platforms,
 * probes). The session cookie's flags (HttpOnly, SameSite=Lax) are set in the application's
 * configuration; the servlet container marks it Secure when the request came over https.
 */
public final class SiteChains {

    /** The staff roles, as {@code hasAnyRole} takes them. */
    public static final String[] STAFF = AccountRole.staffRoles().stream().map(AccountRole::name)
            .toArray(String[]::new);
    /** The roles that moderate: admins and moderators. */
    public static final String[] MODERATORS = AccountRole.staffRoles().stream().filter(AccountRole::moderates)
            .map(AccountRole::name).toArray(String[]::new);

    private SiteChains() {
    }

    /** Sessions of accounts disabled, banned or given another role since they signed in end here. */
    public static HttpSecurity endingStaleSessions(HttpSecurity http, Accounts accounts, Clock clock) {
        return http.addFilterAfter(new ActiveAccountFilter(accounts, clock), SecurityContextHolderFilter.class);
    }

    /**
     * No session, no saved requests, no logout, no CSRF tokens: every request carries its own credentials
     * (or, for webhooks, a platform signature), and no browser cookie can act on a user's behalf.
     */
    public static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable);
    }
}
