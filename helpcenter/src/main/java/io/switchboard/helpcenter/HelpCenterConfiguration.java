package io.switchboard.helpcenter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings every part of the help center shares; each part binds its own beside them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HelpCenterProperties.class)
class HelpCenterConfiguration {
}
