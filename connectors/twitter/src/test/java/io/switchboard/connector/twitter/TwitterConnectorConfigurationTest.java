package io.switchboard.connector.twitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.testing.RecordingInboundPort;
import io.switchboard.testing.x.XFixtures;
import java.time.Clock;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TwitterConnectorConfigurationTest {

    private static final String[] CONFIGURED = {
        "switchboard.twitter.bearer-token=app-bearer",
        "switchboard.twitter.consumer-key=consumer-key",
        "switchboard.twitter.consumer-secret=consumer-secret-value",
        "switchboard.twitter.access-token=access-token",
        "switchboard.twitter.access-token-secret=access-secret-value",
        "switchboard.twitter.account-id=" + XFixtures.ACCOUNT_ID,
        // the discard port: the poller's first call fails fast and harmlessly
        "switchboard.twitter.api-url=http://127.0.0.1:9"
    };

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class))
            .withUserConfiguration(TwitterConnectorConfiguration.class, AccountActivityController.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(RateLimits.class, () -> RateLimits.inMemory(Clock.systemUTC()))
            .withBean(ObjectMapper.class, ObjectMapper::new)
            .withBean(InboundPort.class, RecordingInboundPort::new)
            .withBean(MentionCursorRepository.class, () -> mock(MentionCursorRepository.class))
            .withBean(PollerLeadership.class, () -> PollerLeadership.SINGLE_INSTANCE);

    @Test
    void staysOffWhenNoCredentialsAreConfigured() {
        context.run(app -> {
            assertThat(app).hasNotFailed();
            assertThat(app).doesNotHaveBean(ChannelGateway.class).doesNotHaveBean(MentionPoller.class)
                    .doesNotHaveBean(MentionsRoute.class)
                    .doesNotHaveBean(AccountActivityController.class);
        });
    }

    @Test
    void configuredConnectorProvidesTheGatewayThePollerAndATwitterHealthEntry() {
        context.withPropertyValues(CONFIGURED).run(app -> {
            assertThat(app.getBean(ChannelGateway.class).channel()).isEqualTo(Channel.TWITTER);
            assertThat(app).hasSingleBean(MentionPoller.class);
            assertThat(app.getBean(CamelContext.class).getRouteController().getRouteStatus(MentionsRoute.ROUTE_ID))
                    .isEqualTo(ServiceStatus.Started);
            assertThat(app).getBean("twitterHealthIndicator").isInstanceOf(HealthIndicator.class);
            assertThat(app).doesNotHaveBean(AccountActivityController.class);
        });
    }

    @Test
    void webhookIsOnlyServedWhenItsSecretIsConfigured() {
        context.withPropertyValues(CONFIGURED)
                .withPropertyValues("switchboard.twitter.webhook-consumer-secret=webhook-secret")
                .run(app -> assertThat(app).hasSingleBean(AccountActivityController.class));
    }

    @Test
    void bearerTokenWithoutPostingCredentialsFailsWithWhatIsMissing() {
        context.withPropertyValues("switchboard.twitter.bearer-token=app-bearer",
                "switchboard.twitter.account-id=" + XFixtures.ACCOUNT_ID).run(app -> assertThat(app).hasFailed()
                .getFailure().rootCause().hasMessageContaining("switchboard.twitter.consumer-key")
                .hasMessageContaining("user-access-token"));
    }

    @Test
    void oauth1AndOauth2PostingCredentialsTogetherAreRefused() {
        context.withPropertyValues(CONFIGURED).withPropertyValues("switchboard.twitter.user-access-token=user-token")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause().hasMessageContaining("not both"));
    }

    @Test
    void accountIdMustBeTheNumericUserId() {
        context.withPropertyValues(CONFIGURED).withPropertyValues("switchboard.twitter.account-id=@ExchangeHelp")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("switchboard.twitter.account-id must be the numeric user id"));
    }

    @Test
    void budgetBelowOneIsRefused() {
        context.withPropertyValues(CONFIGURED).withPropertyValues("switchboard.twitter.max-requests-per-window=0")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("maxRequestsPerWindow"));
    }

    @Test
    void defaultsMatchTheBasicTierAndSecretsNeverPrint() {
        context.withPropertyValues(CONFIGURED).run(app -> {
            TwitterProperties properties = app.getBean(TwitterProperties.class);
            assertThat(properties.pollInterval()).hasSeconds(60);
            assertThat(properties.maxRequestsPerWindow()).isEqualTo(10);
            assertThat(properties.rateLimitWindow()).hasMinutes(15);
            assertThat(properties.toString()).doesNotContain("app-bearer", "consumer-secret-value",
                    "access-secret-value", "access-token=");
        });
    }
}
