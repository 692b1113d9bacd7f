package io.switchboard;

import io.switchboard.testing.RecordingInboundPort;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The Facebook connector with core's entities and an H2 database, as the application runs it, with
 * a recording inbound port standing in for the router and a fixed clock.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FacebookConnectorTestApplication {

    public static final Instant NOW = Instant.parse("2026-01-02T12:00:00Z");

    @Bean
    RecordingInboundPort inboundPort() {
        return new RecordingInboundPort();
    }

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
