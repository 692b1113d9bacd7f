package io.switchboard.connector.webchat.testing;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.testing.PresentGateway;
import io.switchboard.testing.RecordingInboundPort;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The live-chat connector with core's beans, entities and Flyway schema on H2, as the application runs it: a
 * recording inbound port stands in for the router, and an e-mail channel that takes nothing stands in for the e-mail
 * connector (its presence is what the chat's mail asks about), unless {@code webchat-test.email-channel=false}.
 */
@SpringBootApplication(scanBasePackages = "io.switchboard")
@AutoConfigurationPackage(basePackages = "io.switchboard")
@ConfigurationPropertiesScan("io.switchboard")
public class WebchatTestApplication {

    @Bean
    RecordingInboundPort inboundPort() {
        return new RecordingInboundPort();
    }

    @Bean
    @ConditionalOnProperty(name = "webchat-test.email-channel", havingValue = "true", matchIfMissing = true)
    ChannelGateway emailChannel() {
        return PresentGateway.of(Channel.EMAIL);
    }
}
