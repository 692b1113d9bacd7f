package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.FakeTelegramServer.ModerationCall;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
import io.switchboard.testing.TelegramUpdates;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The moderation queue end to end: a member in a Telegram group replies {@code /report} to a scam
 * message, a moderator acts on the queue item through the staff API, and Telegram receives the call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModerationQueueFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final String GROUP = Long.toString(TelegramUpdates.GROUP_CHAT_ID);
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "polling",
                "jdbc:h2:mem:moderation-flow;" + FlowTestSupport.H2_MODE);
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @LocalServerPort
    int port;

    /** The scammer writes in the group, a member reports it; returns the queue item the report made. */
    private JsonNode reported(long scamMessageId, long scammer, long reportMessageId) throws Exception {
        long scam = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(scam, TelegramUpdates.groupText(scam, scamMessageId, scammer,
                "Support here: send your seed phrase to unlock the withdrawal"));
        long report = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(report, TelegramUpdates.groupReport(report, reportMessageId, 7202, scamMessageId, scammer,
                "Support here: send your seed phrase to unlock the withdrawal"));
        String messageId = GROUP + ":" + scamMessageId;
        return await().until(() -> openTelegramItems().stream()
                .filter(item -> item.path("messageId").asText().equals(messageId)).findFirst().orElse(null),
                item -> item != null);
    }

    private List<JsonNode> openTelegramItems() throws Exception {
        HttpResponse<String> page = FlowTestSupport.get(port, "/api/moderation/queue?status=open&channel=telegram", true);
        assertThat(page.statusCode()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        JSON.readTree(page.body()).path("content").forEach(items::add);
        return items;
    }

    private JsonNode act(JsonNode item, String body) throws Exception {
        HttpResponse<String> response = FlowTestSupport.postAsStaff(port,
                "/api/moderation/queue/" + item.path("id").asLong() + "/actions", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void aReportedScammerIsMutedInTheGroupThroughTheQueue() throws Exception {
        JsonNode item = reported(401, 7201, 402);

        assertThat(item.path("memberId").asText()).isEqualTo("7201");
        assertThat(item.path("flaggedBySource").asText()).isEqualTo("member");
        assertThat(item.path("excerpt").asText()).startsWith("Support here: send your seed phrase");
        assertThat(item.path("actions").toString()).contains("\"mute\"", "\"ban\"", "\"delete\"");
        SentMessage thanks = await().until(() -> TELEGRAM.sentTo(GROUP).stream()
                .filter(sent -> Integer.valueOf(402).equals(sent.replyToMessageId())).findFirst().orElse(null),
                sent -> sent != null);
        assertThat(thanks.text()).isEqualTo("Thanks, moderators will take a look.");

        Instant before = Instant.now();
        JsonNode muted = act(item, "{\"action\": \"mute\", \"durationMinutes\": 60}");

        ModerationCall restrict = TELEGRAM.moderationCalls().stream()
                .filter(call -> call.method().equals("restrictChatMember")).findFirst().orElseThrow();
        assertThat(restrict.chatId()).isEqualTo(GROUP);
        assertThat(restrict.userId()).isEqualTo(7201L);
        assertThat(restrict.request().path("permissions").path("can_send_messages").asBoolean(true)).isFalse();
        assertThat(restrict.request().path("until_date").asLong())
                .isBetween(before.plusSeconds(3600).getEpochSecond(), Instant.now().plusSeconds(3600).getEpochSecond());
        assertThat(muted.path("status").asText()).isEqualTo("handled");
        JsonNode step = muted.path("steps").get(0);
        assertThat(step.path("action").asText()).isEqualTo("mute");
        assertThat(step.path("durationMinutes").asInt()).isEqualTo(60);
        assertThat(step.path("outcome").asText()).isEqualTo("done");
        assertThat(openTelegramItems()).noneMatch(open -> open.path("id").equals(item.path("id")));
    }

    @Test
    void underARateLimitOrWithoutAdminRightsTheActionIsRecordedAsFailedAndTheItemStaysOpen() throws Exception {
        JsonNode item = reported(501, 7301, 502);
        TELEGRAM.scriptModerationFailures(FakeTelegramServer.tooManyRequests(12), FakeTelegramServer.notEnoughRights());

        JsonNode limited = act(item, "{\"action\": \"ban\"}");
        JsonNode refused = act(item, "{\"action\": \"mute\"}");

        assertThat(limited.path("steps").get(0).path("outcome").asText()).isEqualTo("failed");
        assertThat(limited.path("steps").get(0).path("detail").asText()).contains("wait 12 s");
        assertThat(refused.path("steps").get(1).path("detail").asText())
                .contains("not an admin of chat " + GROUP + " with the right to ban users");
        assertThat(refused.path("status").asText()).isEqualTo("open");
        assertThat(TELEGRAM.moderationCalls()).noneMatch(call -> Long.valueOf(7301).equals(call.userId()));
    }
}
