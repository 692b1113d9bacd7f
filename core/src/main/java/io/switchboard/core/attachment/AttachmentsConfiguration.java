package io.switchboard.core.attachment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code switchboard.attachments.*} for every module that takes files from users. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentsProperties.class)
class AttachmentsConfiguration {
}
