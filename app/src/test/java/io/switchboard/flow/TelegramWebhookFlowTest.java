package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.ThreadMessageRepository;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
import io.switchboard.testing.TelegramUpdates;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private static final String GROUP = Long.toString(TelegramUpdates.GROUP_CHAT_ID);
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * Telegram delivers an update again when it did not get our 200 in time: a {@code /report} that
     * comes twice is one flag, thanked once. Each member counts once, however often they report.
     */
    @Test
    void aReportDeliveredTwiceCountsOnceAndIsThankedOnceAndEachMemberCountsOnce() throws Exception {
        String scam = "Support here: DM me your seed phrase to unlock the withdrawal";
        String report = TelegramUpdates.groupReport(TELEGRAM.nextUpdateId(), 701, 7601, 700, 7600, scam);

        assertThat(post(report, FlowTestSupport.WEBHOOK_SECRET)).isEqualTo(200);
        assertThat(post(report, FlowTestSupport.WEBHOOK_SECRET)).as("the redelivery").isEqualTo(200);

        assertThat(answersTo(701)).containsExactly("Thanks, moderators will take a look.");
        JsonNode item = reportedItem(700);
        assertThat(item.path("flagCount").asInt()).isEqualTo(1);
        assertThat(item.path("flaggedBy").asText()).isEqualTo("7601");

        assertThat(post(TelegramUpdates.groupReport(TELEGRAM.nextUpdateId(), 702, 7602, 700, 7600, scam),
                FlowTestSupport.WEBHOOK_SECRET)).isEqualTo(200);
        assertThat(post(TelegramUpdates.groupReport(TELEGRAM.nextUpdateId(), 703, 7601, 700, 7600, scam),
                FlowTestSupport.WEBHOOK_SECRET)).isEqualTo(200);

        assertThat(answersTo(702)).as("another member is thanked").hasSize(1);
        assertThat(answersTo(703)).as("a member reporting again is not").isEmpty();
        assertThat(reportedItem(700).path("flagCount").asInt()).as("two members").isEqualTo(2);
        assertThat(reportedItem(700).path("id")).isEqualTo(item.path("id"));
    }

    /** What the bot said in the group in answer to that message; a report is answered before the 200. */
    private static List<String> answersTo(int messageId) {
        return TELEGRAM.sentTo(GROUP).stream().filter(sent -> Integer.valueOf(messageId).equals(sent.replyToMessageId()))
                .map(SentMessage::text).toList();
    }

    /** The one open queue item of that group message, as the staff API shows it. */
    private JsonNode reportedItem(int messageId) throws Exception {
        HttpResponse<String> page = FlowTestSupport.get(port, "/api/moderation/queue?status=open&channel=telegram", true);
        assertThat(page.statusCode()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        JSON.readTree(page.body()).path("content").forEach(item -> {
            if (item.path("messageId").asText().equals(GROUP + ":" + messageId)) {
                items.add(item);
            }
        });
        assertThat(items).hasSize(1);
        return items.get(0);
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
