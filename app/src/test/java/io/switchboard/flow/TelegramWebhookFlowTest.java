package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application in webhook mode: what Telegram's retries and a forged caller change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramWebhookFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "webhook", "jdbc:h2:mem:webhook-flow;" + FlowTestSupport.H2_MODE);
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    InboundEventRepository events;

    @Autowired
    ThreadMessageRepository messages;

    @Test
    void theSameUpdateDeliveredTwiceIsStoredOnceAndAnsweredOnce() throws Exception {
        String update = TelegramUpdates.privateText(501, 51, 7401, "en", "How do I enable 2FA on my account?");

        assertThat(post(update, FlowTestSupport.WEBHOOK_SECRET)).isEqualTo(200);
        assertThat(post(update, FlowTestSupport.WEBHOOK_SECRET)).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> !TELEGRAM.sentTo("7401").isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> TELEGRAM.sentTo("7401").size() == 1);
        assertThat(events.findAll()).filteredOn(e -> e.getEventId().equals("501")).hasSize(1);
        assertThat(messages.countByChannelAndDirection(Channel.TELEGRAM, Direction.IN))
                .as("one stored message for the two deliveries").isEqualTo(1);
    }

    @Test
    void anUpdateWithAWrongSecretIsRefusedAndChangesNothing() throws Exception {
        long stored = events.count();
        String update = TelegramUpdates.privateText(601, 61, 7501, "en", "How do I enable 2FA?");

        assertThat(post(update, "not-the-secret")).isEqualTo(401);

        assertThat(events.count()).isEqualTo(stored);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> TELEGRAM.sentTo("7501").isEmpty());
    }

    private int post(String body, String secret) throws Exception {
        return FlowTestSupport.postWebhook(port, "/webhooks/telegram", "X-Telegram-Bot-Api-Secret-Token", secret,
                body.getBytes(StandardCharsets.UTF_8));
    }
}
