package io.switchboard.connector.email;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link EmailProperties}; the channel's beans are each {@link ConditionalOnEmail}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmailProperties.class)
class EmailConnectorConfiguration {
}
