package io.switchboard.helpcenter.article;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrowseProperties.class)
class BrowseConfiguration {
}
