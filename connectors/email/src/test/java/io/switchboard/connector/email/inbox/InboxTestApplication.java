package io.switchboard.connector.email.inbox;

import io.switchboard.testing.RecordingInboundPort;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The e-mail connector with core's beans, entities and Flyway schema on H2, as the application runs it, and a
 * recording inbound port standing in for the router. It lives in the inbox's package (so no other test of the
 * module finds it by accident) and scans from {@code io.switchboard} as {@code SwitchboardApplication} does.
 */
@SpringBootApplication(scanBasePackages = "io.switchboard")
@AutoConfigurationPackage(basePackages = "io.switchboard")
@ConfigurationPropertiesScan("io.switchboard")
class InboxTestApplication {

    @Bean
    RecordingInboundPort inboundPort() {
        return new RecordingInboundPort();
    }
}
