package io.switchboard.connector.webchat;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The live chat's settings ({@link WebchatProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebchatProperties.class)
class WebchatConfiguration {
}
