package io.switchboard.admin.security;

import io.switchboard.admin.web.ConsolePages;
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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.DispatcherTypeRequestMatcher;

/**
 * Who of the staff may reach what: the staff's two chains, in the site's order ({@link ChainOrder}):
 * <ul>
 *   <li>{@code /api/**}: staff tools and scripts, stateless HTTP Basic; the moderation queue
 *       ({@code /api/moderation/**}), the scam guard's rules and decisions ({@code /api/guard/**}), the
 *       review of proposed phrasings ({@code /api/kb/phrasings/**}), changes to the official channels
 *       ({@code /api/staff/official}, which every staff role reads) and the reported fakes
 *       ({@code /api/staff/reported}) need a moderator or admin, staff accounts and the audit log an
 *       admin. It comes after every surface's own API ({@code /api/forum/**}), which it would otherwise
 *       take;</li>
 *   <li>{@code /console/**}: the staff console's pages, for staff only (admin pages for admins), with
 *       its own sign-in form; the same sessions and CSRF tokens as the forum's pages.</li>
 * </ul>
 * The console's chain ends a session whose account was disabled, banned or given another role
 * ({@link SiteChains#endingStaleSessions}).
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

    @Bean
    @Order(ChainOrder.STAFF_API)
    SecurityFilterChain staffApi(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        return SiteChains.stateless(http.securityMatcher("/api/**"))
                // Scripts only: a browser's write, which could carry Basic credentials it cached for
                // another site's form, finds no CSRF token in a stateless chain and is refused.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new BrowserWrites()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/moderation/**", "/api/guard/**", "/api/kb/phrasings/**")
                        .hasAnyRole(SiteChains.MODERATORS)
                        // Before the staff accounts' rule, by method, so no role reaches an account named "official".
                        .requestMatchers(HttpMethod.GET, "/api/staff/official").hasAnyRole(SiteChains.STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/staff/official").hasAnyRole(SiteChains.MODERATORS)
                        .requestMatchers(HttpMethod.PUT, "/api/staff/official/*").hasAnyRole(SiteChains.MODERATORS)
                        .requestMatchers(HttpMethod.DELETE, "/api/staff/official/*").hasAnyRole(SiteChains.MODERATORS)
                        .requestMatchers(HttpMethod.GET, "/api/staff/reported").hasAnyRole(SiteChains.MODERATORS)
                        .requestMatchers(HttpMethod.POST, "/api/staff/reported/*/status")
                        .hasAnyRole(SiteChains.MODERATORS)
                        .requestMatchers("/api/staff", "/api/staff/**", "/api/audit", "/api/audit/**")
                        .hasRole(StaffRole.ADMIN.name())
                        .anyRequest().hasAnyRole(SiteChains.STAFF))
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }

    /**
     * A signed-in account without a staff role (a forum member) gets the console's "not for this
     * account" page, with a 403, rather than the sign-in form again. A form sent without a valid CSRF
     * token (a stale page, an expired session, another site's form) gets the same page, worded for
     * that, and a 403 too, also when whoever sent it is not signed in (the sign-in form itself): the
     * forward to that page is let through for everyone. A staff member who signs in is told of the
     * failed sign-ins to their account since their last one ({@link SignInNotices}).
     */
    @Bean
    @Order(ChainOrder.CONSOLE_PAGES)
    SecurityFilterChain consoleChain(HttpSecurity http, Accounts accounts, Clock clock, SignInNotices notices)
            throws Exception {
        return SiteChains.endingStaleSessions(http.securityMatcher("/console/**"), accounts, clock)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(ConsolePages.LOGIN, "/console/console.css", "/console/console.js").permitAll()
                        .requestMatchers(new AndRequestMatcher(new DispatcherTypeRequestMatcher(DispatcherType.FORWARD),
                                PathPatternRequestMatcher.withDefaults().matcher(ConsolePages.DENIED))).permitAll()
                        .requestMatchers(ConsolePages.DENIED).authenticated()
                        .requestMatchers("/console/admin/**").hasRole(StaffRole.ADMIN.name())
                        .requestMatchers("/console/moderation/**", "/console/announcements/**", "/console/guard/**",
                                "/console/phrasings/**", "/console/reported/**", "/console/official/*",
                                "/console/official/*/*")
                        .hasAnyRole(SiteChains.MODERATORS)
                        // Every staff member reads the official channels; those who keep the guard's rules change them.
                        .requestMatchers(HttpMethod.POST, "/console/official")
                        .hasAnyRole(SiteChains.MODERATORS)
                        .anyRequest().hasAnyRole(SiteChains.STAFF))
                .formLogin(form -> form.loginPage(ConsolePages.LOGIN).successHandler(notices.landingOn("/console"))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl(ConsolePages.LOGIN + "?logout"))
                .exceptionHandling(handling -> handling
                        .accessDeniedHandler(RefusedPages.forwardingTo(ConsolePages.DENIED)))
                .build();
    }
}
