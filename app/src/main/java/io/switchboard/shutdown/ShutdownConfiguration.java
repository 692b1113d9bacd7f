package io.switchboard.shutdown;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The order of a stop that loses nothing: see {@link WebhookDrain} and docs/operations.md. */
@Configuration(proxyBeanMethods = false)
class ShutdownConfiguration {

    @Bean
    WebhookDrain webhookDrain(@Value("${switchboard.shutdown.webhook-drain:5s}") Duration maxDrain) {
        return new WebhookDrain(maxDrain);
    }

    /** Every platform's webhook, ahead of security: a refusal needs no credentials checked. */
    @Bean
    FilterRegistrationBean<WebhookDrain> webhookDrainFilter(WebhookDrain drain) {
        FilterRegistrationBean<WebhookDrain> registration = new FilterRegistrationBean<>(drain);
        registration.addUrlPatterns("/webhooks/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
