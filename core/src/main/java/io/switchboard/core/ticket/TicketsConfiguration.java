package io.switchboard.core.ticket;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code switchboard.tickets.*} for every module that opens or assigns tickets. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TicketsProperties.class)
class TicketsConfiguration {
}
