package io.switchboard.helpcenter.web;

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
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Who may reach the help center: its two chains, in the site's order ({@link ChainOrder}). Both keep the
 * site's sessions, shared with the forum and the console (a member signed in on the forum is signed in
 * here), and end a session whose account was disabled, banned or given another role. Their CSRF tokens
 * live in a cookie ({@link #CSRF_TOKENS}) rather than in the session: every article page carries a token
 * (for "was this helpful?"), and a token kept in the session would open a session for every anonymous
 * reader and every crawler that reads one.
 */
@Configuration(proxyBeanMethods = false)
class HelpSecurityConfiguration {

    static final String LOGIN = "/help/login";
    static final String CSRF_COOKIE = "HELP-XSRF-TOKEN";

    /** One store for both chains: the pages' forms and their scripts' calls to the API carry the same token. */
    private static final CsrfTokenRepository CSRF_TOKENS = csrfTokens();

    /**
     * {@code /api/help/**}: the help center's JSON API for its own pages (suggestions as one types, the
     * articles that may answer a request, votes), and {@code /api/verify/**}, the public verification API
     * (checks and reports of fakes). Open to everyone; a browser's writes need the page's CSRF token.
     */
    @Bean
    @Order(ChainOrder.HELP_API)
    SecurityFilterChain helpApiChain(HttpSecurity http, JsonSecurityErrors staffErrors, Accounts accounts, Clock clock)
            throws Exception {
        JsonSecurityErrors errors = staffErrors.saying("sign in first", "this account may not do that");
        return SiteChains.endingStaleSessions(http.securityMatcher("/api/help/**", "/api/verify", "/api/verify/**"), accounts, clock)
                .csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS).requireCsrfProtectionMatcher(new BrowserWrites()))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }

    /**
     * {@code /help/**}: reading, searching and filing a request are open to everyone (a visitor without an
     * account follows a request by its signed link); "my requests" needs a signed-in account. The verification
     * page {@code /verify} (and its report button), {@code /contact} and its call-back form are the help center's too, open to
     * all. Form login
     * and sessions, CSRF tokens on every form; a refusal is the site's error page with a 403.
     */
    @Bean
    @Order(ChainOrder.HELP_PAGES)
    SecurityFilterChain helpPagesChain(HttpSecurity http, Accounts accounts, Clock clock) throws Exception {
        return SiteChains.endingStaleSessions(http.securityMatcher("/help", "/help/**", "/verify", "/verify/**", "/contact", "/contact/**"),
                        accounts, clock)
                .csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/help/my/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/help", "/help/**", "/verify", "/contact", "/contact/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/help/**", "/verify/report", "/contact/callback",
                                "/contact/callback/confirm/*").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN).permitAll().defaultSuccessUrl("/help/my/requests"))
                .logout(logout -> logout.logoutUrl("/help/logout").logoutSuccessUrl("/help"))
                .exceptionHandling(handling -> handling.accessDeniedHandler(RefusedPages.onErrorPage()))
                .build();
    }

    /** HttpOnly, SameSite=Lax, for the whole site's path: the token reaches scripts through the page's meta tag. */
    private static CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF_COOKIE);
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }
}
