package io.switchboard.core.knowledge;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code switchboard.helpcenter.sections} for the help center and the console's editor. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SectionsProperties.class)
class SectionsConfiguration {
}
