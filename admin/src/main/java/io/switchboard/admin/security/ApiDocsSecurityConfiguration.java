package io.switchboard.admin.security;

import io.switchboard.admin.web.ConsolePages;
import io.switchboard.core.account.Accounts;
import io.switchboard.web.security.ChainOrder;
import io.switchboard.web.security.JsonSecurityErrors;
import io.switchboard.web.security.SiteChains;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API's description ({@code /v3/api-docs}) and its Swagger UI are for staff: signed in to the console
 * (its session) or by HTTP Basic, as the staff API itself. Anyone else gets what the console's pages
 * give: the Swagger UI page sends them to the console's sign-in form (and back afterwards), the JSON
 * answers 401; a signed-in member gets 403. Reading only: nothing here writes.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurityConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(ChainOrder.STAFF_API) // its addresses overlap no other chain's
    SecurityFilterChain apiDocs(HttpSecurity http, JsonSecurityErrors errors, Accounts accounts, Clock clock)
            throws Exception {
        RequestMatcher uiPage = new OrRequestMatcher(PATHS.matcher("/swagger-ui.html"),
                PATHS.matcher("/swagger-ui/index.html"));
        HttpSessionRequestCache backToTheUi = new HttpSessionRequestCache();
        backToTheUi.setRequestMatcher(uiPage);
        return SiteChains.endingStaleSessions(http.securityMatcher("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**"), accounts, clock)
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyRole(SiteChains.STAFF))
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .requestCache(cache -> cache.requestCache(backToTheUi))
                .exceptionHandling(handling -> handling
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(ConsolePages.LOGIN), uiPage)
                        .defaultAuthenticationEntryPointFor(errors, AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(errors))
                .build();
    }
}
