package io.switchboard.connector.telegram;

import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.testing.RecordingInboundPort;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The connector as the application assembles it (component and properties scan of its package),
 * with a recording port in place of the router, a recording moderation queue, and no database.
 */
@SpringBootApplication(exclude = {DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
        FlywayAutoConfiguration.class})
@ConfigurationPropertiesScan
class TelegramTestApplication {

    @Bean
    RecordingInboundPort inboundPort() {
        return new RecordingInboundPort();
    }

    @Bean
    RecordingModerationQueue moderationQueue() {
        return new RecordingModerationQueue();
    }

    @Bean
    PollerLeadership pollerLeadership() {
        return PollerLeadership.SINGLE_INSTANCE;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
