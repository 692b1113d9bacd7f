package io.switchboard.admin.announcement;

import io.switchboard.web.security.ChainOrder;
import io.switchboard.web.security.SiteChains;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The announcement feed is for everyone who reads announcements: no sign-in, reading only. Its chain
 * lives with the feed it opens ({@link AnnouncementFeed}), which the staff write in the console.
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurityConfiguration {

    @Bean
    @Order(ChainOrder.MACHINES)
    SecurityFilterChain feeds(HttpSecurity http) throws Exception {
        return SiteChains.stateless(http.securityMatcher("/feed/**"))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/feed/**").permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
