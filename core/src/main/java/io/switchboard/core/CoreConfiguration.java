package io.switchboard.core;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans every module shares. A test that needs to control time declares its own clock as a
 * {@code @Primary} bean (a condition here would not see it: this is not an auto-configuration).
 */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
