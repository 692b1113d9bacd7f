package io.switchboard.core.livechat;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signals between the two sides of live chats: in memory unless the cluster's are configured. */
@Configuration(proxyBeanMethods = false)
public class LiveChatConfiguration {

    @Bean
    @ConditionalOnMissingBean(ChatSignals.class)
    LocalChatSignals chatSignals() {
        return new LocalChatSignals();
    }
}
