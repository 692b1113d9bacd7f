package io.switchboard.endpoint;

import io.switchboard.core.account.AccountRole;
import io.switchboard.web.security.ChainOrder;
import io.switchboard.web.security.JsonSecurityErrors;
import io.switchboard.web.security.SiteChains;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The running application's doors for machines, which belong to no site surface: the platforms'
 * webhooks (each connector's, assembled here, and drained here at a stop), the load balancer's health
 * probes and the metrics scrapers (the actuator is the application's). Stateless, in the site's
 * order ({@link ChainOrder#MACHINES}): their addresses overlap no other chain's.
 */
@Configuration(proxyBeanMethods = false)
class EndpointSecurityConfiguration {

    /** No credentials: connectors check the platforms' own signatures and secrets. */
    @Bean
    @Order(ChainOrder.MACHINES)
    SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
        return SiteChains.stateless(http.securityMatcher("/webhooks/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /**
     * Probes answer everyone with the status of each component; staff who sign in with HTTP Basic
     * also see the details (a connector's last error, its last contact), which are not for the public.
     */
    @Bean
    @Order(ChainOrder.MACHINES)
    SecurityFilterChain probes(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        return SiteChains.stateless(http.securityMatcher("/actuator/health", "/actuator/health/**", "/actuator/info"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .build();
    }

    /**
     * The application's metrics (the outbox's gauges among them), also as Prometheus scrapes them, are
     * for the admin who runs the installation, by HTTP Basic as scripts and scrapers sign in: they show its inner workings
     * (request paths, pools, queues), which are nobody else's business.
     */
    @Bean
    @Order(ChainOrder.MACHINES)
    SecurityFilterChain metrics(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        return SiteChains.stateless(http.securityMatcher("/actuator/metrics", "/actuator/metrics/**",
                "/actuator/prometheus"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(AccountRole.ADMIN.name()))
                .httpBasic(basic -> basic.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }
}
