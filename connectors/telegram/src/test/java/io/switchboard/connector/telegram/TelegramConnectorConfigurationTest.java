package io.switchboard.connector.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.testing.RecordingInboundPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TelegramConnectorConfigurationTest {

    private final FakeBotApi telegram = new FakeBotApi();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class))
            .withUserConfiguration(TelegramConnectorConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(ObjectMapper.class, TestBot::mapper)
            .withBean(RecordingInboundPort.class, RecordingInboundPort::new)
            .withBean(RecordingModerationQueue.class, RecordingModerationQueue::new)
            .withBean(PollerLeadership.class, () -> PollerLeadership.SINGLE_INSTANCE)
            .withPropertyValues("switchboard.telegram.api-url=" + telegram.url(),
                    "switchboard.telegram.poll-timeout=0");

    @AfterEach
    void stop() throws Exception {
        telegram.close();
    }

    private static String startupFailure(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        Throwable failure = context.getStartupFailure();
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    private static boolean connectorThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().contains("scheduler://" + TelegramUpdatesRoute.ROUTE_ID) && thread.isAlive());
    }

    private List<String> methodsCalled() {
        return telegram.calls().stream().map(call -> call.method().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @Test
    void withoutATokenThereIsNoTelegramConnector() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ChannelGateway.class).doesNotHaveBean(HealthIndicator.class)
                    .doesNotHaveBean(TelegramSetUpRoute.class);
        });
        runner.withPropertyValues("switchboard.telegram.bot-token= ").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ChannelGateway.class);
        });
        assertThat(telegram.calls()).isEmpty();
    }

    @Test
    void settingsAreNotEvenValidatedWhileTheConnectorIsOff() {
        // as the application finds them: by a properties scan of the root package
        new ApplicationContextRunner().withUserConfiguration(PropertiesScan.class)
                .withPropertyValues("switchboard.telegram.mode=webhook").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(TelegramProperties.class);
                });
    }

    @ConfigurationPropertiesScan(basePackageClasses = TelegramProperties.class)
    static class PropertiesScan {
    }

    @Test
    void pollingConnectorLearnsItsNameRemovesTheWebhookAndHandsInUpdates() throws InterruptedException {
        telegram.addUpdates(TestBot.update("private_text"), TestBot.update("group_mention"));

        runner.withPropertyValues("switchboard.telegram.bot-token=" + TestBot.TOKEN).run(context -> {
            RecordingInboundPort port = context.getBean(RecordingInboundPort.class);
            assertThat(port.awaitHandedIn(2, Duration.ofSeconds(10))).extracting(message -> message.eventId())
                    .containsExactly("815000001", "815000002");
            assertThat(port.handedIn().get(1).addressesBot()).as("mention recognized with the learned name").isTrue();
            assertThat(methodsCalled()).startsWith("getme", "deletewebhook", "getupdates");
            assertThat(context.getBean(ChannelGateway.class).channel()).isEqualTo(Channel.TELEGRAM);
            assertThat(context.getBean(TelegramHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
            assertThat(context.getBean(TelegramHealthIndicator.class).health().getDetails())
                    .containsEntry("bot", "@" + TestBot.USERNAME);
        });

        assertThat(connectorThreadAlive()).as("the poller thread ends with the application").isFalse();
    }

    @Test
    void webhookModeRegistersTheWebhookWithItsSecretAndDoesNotPoll() throws InterruptedException {
        runner.withPropertyValues("switchboard.telegram.bot-token=" + TestBot.TOKEN,
                "switchboard.telegram.bot-username=@" + TestBot.USERNAME,
                "switchboard.telegram.mode=webhook",
                "switchboard.telegram.webhook-secret=" + TestBot.WEBHOOK_SECRET,
                "switchboard.telegram.webhook-url=https://support.example.com/webhooks/telegram").run(context -> {
                    Instant deadline = Instant.now().plusSeconds(10);
                    while (telegram.calls("setWebhook").isEmpty() && Instant.now().isBefore(deadline)) {
                        Thread.sleep(20);
                    }
                    String body = telegram.calls("setWebhook").get(0).body();
                    assertThat(body).contains("https://support.example.com/webhooks/telegram")
                            .contains("secret_token").contains(TestBot.WEBHOOK_SECRET);
                    assertThat(methodsCalled()).containsExactly("setwebhook");
                });
    }

    @Test
    void webhookModeWithoutSecretFailsAtStartupWithoutShowingTheToken() {
        runner.withPropertyValues("switchboard.telegram.bot-token=" + TestBot.TOKEN,
                "switchboard.telegram.mode=webhook").run(context -> {
                    String failure = startupFailure(context);
                    assertThat(failure).contains("webhook-secret is required in webhook mode")
                            .doesNotContain(TestBot.TOKEN);
                });
    }

    @Test
    void malformedTokenFailsAtStartupWithoutShowingIt() {
        String notAToken = "paste-your-token-here-QWERTY";
        runner.withPropertyValues("switchboard.telegram.bot-token=" + notAToken).run(context -> {
            String failure = startupFailure(context);
            assertThat(failure).contains("bot-token must look like <bot id>:<secret>").doesNotContain(notAToken);
        });
    }

    @Test
    void apiUrlWithAPathIsRejected() {
        runner.withPropertyValues("switchboard.telegram.bot-token=" + TestBot.TOKEN,
                "switchboard.telegram.api-url=https://proxy.example.com/telegram").run(context ->
                assertThat(startupFailure(context)).contains("api-url must be http(s)://host[:port] without path"));
    }

    @Test
    void unknownModeIsRejected() {
        runner.withPropertyValues("switchboard.telegram.bot-token=" + TestBot.TOKEN,
                "switchboard.telegram.mode=push").run(context ->
                assertThat(startupFailure(context)).contains("switchboard.telegram.mode"));
        assertThat(telegram.calls()).isEmpty();
    }
}
