package io.switchboard.forum.web;

import io.switchboard.core.account.Accounts;
import io.switchboard.web.security.BrowserWrites;
import io.switchboard.web.security.ChainOrder;
import io.switchboard.web.security.JsonSecurityErrors;
import io.switchboard.web.security.RefusedPages;
import io.switchboard.web.security.SiteChains;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach the forum: its two chains, in the site's order ({@link ChainOrder}). Both keep the
 * site's sessions, shared with the console, and end a session whose account was disabled, banned or
 * given another role ({@link SiteChains#endingStaleSessions}). They exist also while the forum is
 * switched off, so that its addresses answer 404 rather than fall to the staff API's chain or the
 * site's last one.
 */
@Configuration(proxyBeanMethods = false)
class ForumSecurityConfiguration {

    static final String LOGIN = "/forum/login";

    /**
     * {@code /api/forum/**}: reads and registration are public; writes need a signed-in account, by the
     * forum's session (with its CSRF token) or by HTTP Basic (no token needed: a browser never adds
     * Basic credentials on its own; a request with neither gets 401); moderation needs a moderator.
     */
    @Bean
    @Order(ChainOrder.FORUM_API)
    SecurityFilterChain forumApiChain(HttpSecurity http, JsonSecurityErrors staffErrors, Accounts accounts, Clock clock)
            throws Exception {
        JsonSecurityErrors errors = staffErrors.saying(
                "sign in first: with the forum's session, or with HTTP Basic (user name and password)",
                "this account may not do that");
        return SiteChains.endingStaleSessions(http.securityMatcher("/api/forum/**"), accounts, clock)
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new BrowserWrites()))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/forum/moderation/**").hasAnyRole(SiteChains.MODERATORS)
                        .requestMatchers(HttpMethod.GET, "/api/forum/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/forum/members").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }

    /**
     * {@code /} and {@code /forum/**}: reading is open to everyone; writing needs a signed-in member;
     * moderation pages need a moderator. Form login and sessions, CSRF tokens on every form; a member
     * who signs in lands back on the forum page they came from ({@link SignedInTarget}); a refusal is
     * the forum's error page with a 403 ({@link RefusedPages#onErrorPage}).
     */
    @Bean
    @Order(ChainOrder.FORUM_PAGES)
    SecurityFilterChain forumPagesChain(HttpSecurity http, Accounts accounts, Clock clock, SignedInTarget signedIn)
            throws Exception {
        // "/" belongs here too: the site's front page is the forum's.
        return SiteChains.endingStaleSessions(http.securityMatcher("/", "/forum/**"), accounts, clock)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/forum/moderation/**").hasAnyRole(SiteChains.MODERATORS)
                        .requestMatchers(LOGIN, "/forum/register").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/forum/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN).permitAll()
                        .successHandler(signedIn))
                .logout(logout -> logout.logoutUrl("/forum/logout").logoutSuccessUrl("/forum"))
                .exceptionHandling(handling -> handling.accessDeniedHandler(RefusedPages.onErrorPage()))
                .build();
    }
}
