package io.switchboard.admin.security;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. One filter chain per kind of client, tried in order:
 * <ol>
 *   <li>{@code /api/**}: staff tools and scripts, stateless HTTP Basic;</li>
 *   <li>platform webhooks and health probes: no credentials (connectors check the platforms'
 *       own signatures and secrets);</li>
 *   <li>everything else: denied. Browser pages (forum, console, with form login and sessions) get
 *       a chain of their own between 2 and this one.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

    private static final String[] STAFF_ROLES = Arrays.stream(StaffRole.values())
            .map(StaffRole::name)
            .toArray(String[]::new);

    @Bean
    @Order(1)
    SecurityFilterChain staffApi(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        return stateless(http.securityMatcher("/api/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(STAFF_ROLES))
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webhooksAndProbes(HttpSecurity http) throws Exception {
        return stateless(http.securityMatcher(
                        "/webhooks/**", "/actuator/health", "/actuator/health/**", "/actuator/info"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
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
