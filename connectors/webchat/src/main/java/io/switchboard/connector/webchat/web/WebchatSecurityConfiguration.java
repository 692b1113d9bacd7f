package io.switchboard.connector.webchat.web;

import java.util.List;

import io.switchboard.connector.webchat.WebchatProperties;
import io.switchboard.web.security.ChainOrder;
import io.switchboard.web.security.JsonSecurityErrors;
import io.switchboard.web.security.SiteChains;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may reach the live chat. Visitors have no account: a visitor's token (signed, in the Authorization header or,
 * for files and the socket, the address) is checked by the endpoints themselves, so both chains are stateless, set
 * no cookie and need no CSRF token (no browser sends the token on its own).
 */
@Configuration(proxyBeanMethods = false)
class WebchatSecurityConfiguration {

    /**
     * {@code /api/chat/**}: the widget's JSON API, called cross-origin from the sites of
     * {@code switchboard.webchat.allowed-origins} (CORS, preflight included; no credentials).
     */
    @Bean
    @Order(ChainOrder.CHAT_API)
    SecurityFilterChain chatApiChain(HttpSecurity http, JsonSecurityErrors errors, WebchatProperties properties)
            throws Exception {
        return SiteChains.stateless(http.securityMatcher("/api/chat/**"))
                .cors(cors -> cors.configurationSource(allowList(properties.allowedOrigins())))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .build();
    }

    /** {@code /chat/**}: the widget's files, its socket and the conversation's files; nothing else. */
    @Bean
    @Order(ChainOrder.CHAT_PAGES)
    SecurityFilterChain chatPagesChain(HttpSecurity http) throws Exception {
        return SiteChains.stateless(http.securityMatcher("/chat/**"))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/chat/widget.js", "/chat/widget.css", "/chat/demo",
                                "/chat/demo.html", "/chat/ws", "/chat/files/**").permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    private static UrlBasedCorsConfigurationSource allowList(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE));
        cors.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/chat/**", cors);
        return source;
    }
}
