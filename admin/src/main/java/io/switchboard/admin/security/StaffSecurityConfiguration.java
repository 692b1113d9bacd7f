package io.switchboard.admin.security;

import io.switchboard.core.account.Accounts;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.Arrays;
import io.switchboard.admin.web.ConsolePages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.DispatcherTypeRequestMatcher;

/**
 * Who may reach what. One filter chain per kind of client, tried in order:
 * <ol start="0">
 *   <li>{@code /api/forum/**}: the forum's JSON API. Reads and registration are public; writes need a signed-in
 *       account, by the forum's session (with its CSRF token) or by HTTP Basic (no token needed:
 *       a browser never adds Basic credentials on its own; a request with neither gets 401);
 *       moderation needs a moderator;</li>
 *   <li>{@code /api/**}: staff tools and scripts, stateless HTTP Basic; the moderation queue
 *       ({@code /api/moderation/**}) and the scam guard's rules and decisions ({@code /api/guard/**})
 *       need a moderator or admin, staff accounts and the audit log an admin;</li>
 *   <li>platform webhooks: no credentials (connectors check the platforms' own signatures and
 *       secrets); health probes: open, with details for staff who sign in; metrics (and their
 *       Prometheus scrape): admins only, by HTTP Basic;</li>
 *   <li>{@code /feed/**}: the public announcement feed, open to every GET;</li>
 *   <li>{@code /forum/**}: the forum's pages, form login and sessions, CSRF tokens on every form; a
 *       refusal is the forum's error page with a 403 ({@link RefusedPages});</li>
 *   <li>{@code /console/**}: the staff console's pages, for staff only (admin pages for admins), with
 *       its own sign-in form; the same sessions and CSRF tokens as the forum's pages;</li>
 *   <li>everything else: denied.</li>
 * </ol>
 * The session cookie's flags (HttpOnly, SameSite=Lax) are set in the application's
 * configuration; the servlet container marks it Secure when the request came over https. The
 * chains with sessions end a session whose account was disabled, banned or given another role
 * ({@link ActiveAccountFilter}).
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

    static final String FORUM_LOGIN = "/forum/login";
    /**
     * The forum's own choice of where a member lands once signed in (back on the forum page they
     * came from); without the forum module, the boards.
     */
    static final String FORUM_SIGNED_IN = "forumSignedIn";
    static final String CONSOLE_LOGIN = ConsolePages.LOGIN;
    static final String[] STAFF_ROLES = Arrays.stream(StaffRole.values())
            .map(StaffRole::name)
            .toArray(String[]::new);
    private static final String[] MODERATOR_ROLES = {StaffRole.ADMIN.name(), StaffRole.MODERATOR.name()};

    @Bean
    @Order(0)
    SecurityFilterChain forumApiChain(HttpSecurity http, JsonSecurityErrors staffErrors, Accounts accounts, Clock clock)
            throws Exception {
        JsonSecurityErrors errors = staffErrors.saying(
                "sign in first: with the forum's session, or with HTTP Basic (user name and password)",
                "this account may not do that");
        return endingStaleSessions(http.securityMatcher("/api/forum/**"), accounts, clock)
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new BrowserWrites()))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/forum/moderation/**").hasAnyRole(MODERATOR_ROLES)
                        .requestMatchers(HttpMethod.GET, "/api/forum/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/forum/members").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain staffApi(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        return stateless(http.securityMatcher("/api/**"))
                // Scripts only: a browser's write, which could carry Basic credentials it cached for
                // another site's form, finds no CSRF token in a stateless chain and is refused.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new BrowserWrites()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/moderation/**", "/api/guard/**").hasAnyRole(MODERATOR_ROLES)
                        .requestMatchers("/api/staff", "/api/staff/**", "/api/audit", "/api/audit/**")
                        .hasRole(StaffRole.ADMIN.name())
                        .anyRequest().hasAnyRole(STAFF_ROLES))
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher("/webhooks/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /**
     * Probes answer everyone with the status of each component; staff who sign in with HTTP Basic
     * also see the details (a connector's last error, its last contact), which are not for the public.
     */
    @Bean
    @Order(2)
    SecurityFilterChain probes(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        return stateless(http.securityMatcher("/actuator/health", "/actuator/health/**", "/actuator/info"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .build();
    }

    /**
     * The application's metrics (the outbox's gauges among them), also as Prometheus scrapes them, are
     * for the admin who runs the installation, by HTTP Basic as scripts and scrapers sign in: they show
     * its inner workings (request paths, pools, queues), which are nobody else's business.
     */
    @Bean
    @Order(2)
    SecurityFilterChain metrics(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        return stateless(http.securityMatcher("/actuator/metrics", "/actuator/metrics/**", "/actuator/prometheus"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(StaffRole.ADMIN.name()))
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }

    /** The announcement feed is for everyone who reads announcements: no sign-in, reading only. */
    @Bean
    @Order(2)
    SecurityFilterChain feeds(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher("/feed/**"))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/feed/**").permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    /** Reading is open to everyone; writing needs a signed-in member; moderation pages need a moderator. */
    @Bean
    @Order(3)
    SecurityFilterChain forumPagesChain(HttpSecurity http, Accounts accounts, Clock clock,
            @Qualifier(FORUM_SIGNED_IN) ObjectProvider<AuthenticationSuccessHandler> signedIn) throws Exception {
        // "/" belongs here too: the site's front page is the forum's.
        return endingStaleSessions(http.securityMatcher("/", "/forum/**"), accounts, clock)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/forum/moderation/**").hasAnyRole(MODERATOR_ROLES)
                        .requestMatchers(FORUM_LOGIN, "/forum/register").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/forum/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> {
                    form.loginPage(FORUM_LOGIN).defaultSuccessUrl("/forum", false).permitAll();
                    signedIn.ifAvailable(form::successHandler);
                })
                .logout(logout -> logout.logoutUrl("/forum/logout").logoutSuccessUrl("/forum"))
                .exceptionHandling(handling -> handling.accessDeniedHandler(RefusedPages.onErrorPage()))
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
    @Order(4)
    SecurityFilterChain consoleChain(HttpSecurity http, Accounts accounts, Clock clock, SignInNotices notices)
            throws Exception {
        return endingStaleSessions(http.securityMatcher("/console/**"), accounts, clock)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(CONSOLE_LOGIN, "/console/console.css", "/console/console.js").permitAll()
                        .requestMatchers(new AndRequestMatcher(new DispatcherTypeRequestMatcher(DispatcherType.FORWARD),
                                PathPatternRequestMatcher.withDefaults().matcher(ConsolePages.DENIED))).permitAll()
                        .requestMatchers(ConsolePages.DENIED).authenticated()
                        .requestMatchers("/console/admin/**").hasRole(StaffRole.ADMIN.name())
                        .requestMatchers("/console/moderation/**", "/console/announcements/**", "/console/guard/**")
                        .hasAnyRole(MODERATOR_ROLES)
                        .anyRequest().hasAnyRole(STAFF_ROLES))
                .formLogin(form -> form.loginPage(CONSOLE_LOGIN).successHandler(notices.landingOn("/console"))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl(CONSOLE_LOGIN + "?logout"))
                .exceptionHandling(handling -> handling
                        .accessDeniedHandler(RefusedPages.forwardingTo(ConsolePages.DENIED)))
                .build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain denyEverythingElse(HttpSecurity http) throws Exception {
        return http
                // Error dispatches render the error of a request an earlier chain already let through
                // (say a 404 under /webhooks); denying them would turn that error into a 403.
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    /** Sessions of accounts disabled, banned or given another role since they signed in end here. */
    private static HttpSecurity endingStaleSessions(HttpSecurity http, Accounts accounts, Clock clock) {
        return http.addFilterAfter(new ActiveAccountFilter(accounts, clock), SecurityContextHolderFilter.class);
    }

    /**
     * No session, no saved requests, no logout, no CSRF tokens: every request carries its own credentials
     * (or, for webhooks, a platform signature), and no browser cookie can act on a user's behalf.
     */
    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable);
    }
}
