package io.switchboard.admin.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What the knowledge and announcement APIs' slice tests add to the admin test application: a fixed
 * clock, and security that only asks for a signed-in user (the real rules are tested in admin.security).
 */
public final class StaffOnlyApiSlice {

    private StaffOnlyApiSlice() {
    }

    public static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

    @TestConfiguration
    public static class StaffOnly {

        @Bean
        SecurityFilterChain staffOnly(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .httpBasic(Customizer.withDefaults())
                    .build();
        }

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
