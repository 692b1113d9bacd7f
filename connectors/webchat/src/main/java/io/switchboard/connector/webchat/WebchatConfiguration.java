package io.switchboard.connector.webchat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The live chat's settings ({@link WebchatProperties}), told once at the start: what sites may embed it, and how. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebchatProperties.class)
class WebchatConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebchatConfiguration.class);

    private final WebchatProperties properties;

    WebchatConfiguration(WebchatProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void tellSettings() {
        log.info("Live chat: the widget is /chat/widget.js; it may be embedded on {}; signed-in visitors {}; "
                + "business hours for {}", properties.allowedOrigins().isEmpty() ? "this site only"
                        : properties.allowedOrigins(),
                properties.identitySecret() == null || properties.identitySecret().isBlank()
                        ? "are not identified (no identity secret)" : "are identified by the site's HMAC",
                properties.hours().isEmpty() ? "no language (answered at all hours)" : properties.hours().keySet());
    }
}
