package io.switchboard.web.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The site's last chain: what no surface's chain took is denied ({@link ChainOrder}). */
@Configuration(proxyBeanMethods = false)
public class SiteSecurityConfiguration {

    @Bean
    @Order(ChainOrder.EVERYTHING_ELSE)
    SecurityFilterChain denyEverythingElse(HttpSecurity http) throws Exception {
        return http
                // Error dispatches render the error of a request an earlier chain already let through
                // (say a 404 under /webhooks); denying them would turn that error into a 403.
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
