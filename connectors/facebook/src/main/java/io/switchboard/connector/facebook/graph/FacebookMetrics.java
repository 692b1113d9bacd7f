package io.switchboard.connector.facebook.graph;

import io.switchboard.connector.facebook.ConditionalOnFacebook;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.PlatformContactMetrics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Facebook connector's metrics: its Graph API rate limits, counted by the contact every call reports to. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnFacebook
class FacebookMetrics {

    @Bean
    PlatformContactMetrics facebookContactMetrics(GraphApi facebookGraphApi) {
        return new PlatformContactMetrics(Channel.FACEBOOK, facebookGraphApi.contact());
    }
}
