package io.switchboard.router.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.ticket.TicketsProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class RouterPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({RouterProperties.class, DeliveryProperties.class, TicketsProperties.class})
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Bound.class);

    @Test
    void defaultsFollowTelegramsLimits() {
        runner.run(context -> {
            RouterProperties router = context.getBean(RouterProperties.class);
            assertThat(router.threadQuietPeriod()).isEqualTo(Duration.ofHours(24));
            assertThat(router.outboxPollInterval()).isEqualTo(Duration.ofMillis(250));
            assertThat(router.backoffBase()).isEqualTo(Duration.ofSeconds(1));
            assertThat(router.backoffMax()).isEqualTo(Duration.ofMinutes(5));
            assertThat(router.globalSendRate()).isEqualTo(new Rate(30, Duration.ofSeconds(1)));
            assertThat(router.privateChatSendRate()).isEqualTo(new Rate(1, Duration.ofSeconds(1)));
            assertThat(router.groupChatSendRate()).isEqualTo(new Rate(20, Duration.ofMinutes(1)));
            assertThat(router.intakePollInterval()).isEqualTo(Duration.ofSeconds(1));
            assertThat(router.intakeWorkerCount()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());

            DeliveryProperties delivery = context.getBean(DeliveryProperties.class);
            assertThat(delivery.retryFor()).as("an outage of hours loses nothing").isEqualTo(Duration.ofHours(12));
            assertThat(delivery.breakerFailures()).isEqualTo(3);
            assertThat(delivery.staleAfter(Channel.TELEGRAM)).isEqualTo(Duration.ofHours(2));
            assertThat(delivery.staleAfter(Channel.FORUM)).isEqualTo(Duration.ofDays(7));
            assertThat(delivery.staleAfter(Channel.WEB)).isEqualTo(Duration.ofDays(7));
            assertThat(Channel.values()).as("a channel without one stopped the outbox (issue 15)")
                    .allSatisfy(channel -> assertThat(delivery.staleAfter(channel)).isNotNull());

            TicketsProperties tickets = context.getBean(TicketsProperties.class);
            assertThat(tickets.queueUri()).isEqualTo("seda:tickets");
            assertThat(tickets.inProcess()).isTrue();
        });
    }

    @Test
    void aChannelsStaleAgeIsSetByItsKeyAndTheOthersKeepTheirDefault() {
        runner.withPropertyValues("switchboard.router.delivery.stale-after.telegram=30m").run(context -> {
            DeliveryProperties delivery = context.getBean(DeliveryProperties.class);
            assertThat(delivery.staleAfter(Channel.TELEGRAM)).isEqualTo(Duration.ofMinutes(30));
            assertThat(delivery.staleAfter(Channel.TWITTER)).isEqualTo(Duration.ofHours(12));
        });
    }

    @Test
    void ratesAreWrittenAsPermitsPerDuration() {
        runner.withPropertyValues("switchboard.router.group-chat-send-rate=10/30s").run(context ->
                assertThat(context.getBean(RouterProperties.class).groupChatSendRate().interval())
                        .isEqualTo(Duration.ofSeconds(3)));
    }

    @Test
    void externalQueueIsNotConsumedInProcess() {
        runner.withPropertyValues("switchboard.tickets.queue-uri=rabbitmq:tickets?exchangeType=topic").run(context ->
                assertThat(context.getBean(TicketsProperties.class).inProcess()).isFalse());
    }

    @Test
    void invalidSettingsStopStartupWithTheirName() {
        runner.withPropertyValues("switchboard.router.delivery.breaker-failures=0").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("breakerFailures"));
        runner.withPropertyValues("switchboard.router.delivery.stale-after.telegram=0s").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("stale-after.telegram"));
        runner.withPropertyValues("switchboard.router.backoff-base=10m", "switchboard.router.backoff-max=1m")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("backoff-max"));
        runner.withPropertyValues("switchboard.tickets.queue-uri= ").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("queueUri"));
    }

    @Test
    void malformedRateSaysHowToWriteIt() {
        assertThatThrownBy(() -> Rate.valueOf("20 per minute"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("permits/duration");
        assertThatThrownBy(() -> Rate.valueOf("0/1s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 permit");
    }
}
