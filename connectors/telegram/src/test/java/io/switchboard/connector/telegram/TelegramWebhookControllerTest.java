package io.switchboard.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.IntakeResult;
import io.switchboard.testing.RecordingInboundPort;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(classes = TelegramTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "switchboard.telegram.bot-token=" + TestBot.TOKEN,
            "switchboard.telegram.bot-username=" + TestBot.USERNAME,
            "switchboard.telegram.mode=webhook",
            "switchboard.telegram.webhook-secret=" + TestBot.WEBHOOK_SECRET,
            // nothing is called in webhook mode without webhook-url; a closed local port keeps it so
            "switchboard.telegram.api-url=http://127.0.0.1:9",
            "switchboard.telegram.max-body-bytes=4KB",
            "management.endpoint.health.show-details=always"
        })
class TelegramWebhookControllerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private RecordingInboundPort inbound;

    @BeforeEach
    void reset() {
        inbound.clear();
    }

    private HttpResponse<String> post(String secret, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/telegram"))
                .header("Content-Type", "application/json")
                .POST(body);
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String secret, String body) throws IOException, InterruptedException {
        return post(secret, HttpRequest.BodyPublishers.ofString(body));
    }

    private static String error(HttpResponse<String> response) {
        return TestBot.parse(response.body()).get("error").asText();
    }

    @Test
    void updateWithTheRightSecretIsStoredBeforeTheAnswer() throws Exception {
        HttpResponse<String> response = post(TestBot.WEBHOOK_SECRET, TestBot.update("group_mention").toString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(inbound.handedInEventIds()).containsExactly("815000002");
        assertThat(inbound.handedIn().get(0).addressesBot()).isTrue();
    }

    @Test
    void wrongOrMissingSecretIsRefusedAndNothingIsStored() throws Exception {
        HttpResponse<String> wrong = post("s3cret-for-tests_onlY", TestBot.update("private_text").toString());
        HttpResponse<String> missing = post(null, TestBot.update("private_text").toString());

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(error(wrong)).contains("X-Telegram-Bot-Api-Secret-Token");
        assertThat(inbound.handedIn()).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        HttpResponse<String> broken = post(TestBot.WEBHOOK_SECRET, "{\"update_id\": 815000001, \"message\": {");
        HttpResponse<String> notAnUpdate = post(TestBot.WEBHOOK_SECRET, "{\"hello\": \"world\"}");

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(error(broken)).contains("not JSON");
        assertThat(notAnUpdate.statusCode()).isEqualTo(400);
        assertThat(error(notAnUpdate)).contains("update_id");
        assertThat(inbound.handedIn()).isEmpty();
    }

    @Test
    void bodyLargerThanTheLimitIsRefusedWhetherAnnouncedOrNot() throws Exception {
        JsonNode update = TestBot.update("private_text");
        byte[] padding = new byte[5000];
        Arrays.fill(padding, (byte) 'x');
        String oversized = update.toString().replace("since yesterday", new String(padding, StandardCharsets.US_ASCII));

        HttpResponse<String> announced = post(TestBot.WEBHOOK_SECRET, oversized);
        // no Content-Length: sent chunked, measured while read
        HttpResponse<String> chunked = post(TestBot.WEBHOOK_SECRET, HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(oversized.getBytes(StandardCharsets.UTF_8))));

        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(error(chunked)).contains("4096 bytes");
        assertThat(inbound.handedIn()).isEmpty();
    }

    @Test
    void sameUpdateTwiceReachesThePortTwiceWhichDeduplicates() throws Exception {
        String update = TestBot.update("private_text").toString();

        assertThat(post(TestBot.WEBHOOK_SECRET, update).statusCode()).isEqualTo(200);
        assertThat(post(TestBot.WEBHOOK_SECRET, update).statusCode()).isEqualTo(200);

        assertThat(inbound.handedInEventIds()).containsExactly("815000001", "815000001");
        assertThat(inbound.results()).containsExactly(IntakeResult.STORED, IntakeResult.DUPLICATE);
    }

    @Test
    void aButtonPressIsStoredOnceAndAcknowledgedEvenWhenItsAnswerToTelegramFails() throws Exception {
        // the Bot API is unreachable here (see api-url): answerCallbackQuery fails, which is only logged
        String press = TestBot.update("callback_query").toString();

        assertThat(post(TestBot.WEBHOOK_SECRET, press).statusCode()).isEqualTo(200);
        assertThat(post(TestBot.WEBHOOK_SECRET, press).statusCode()).isEqualTo(200);

        assertThat(inbound.handedIn()).extracting(InboundMessage::kind)
                .containsExactly(InboundKind.CHOICE, InboundKind.CHOICE);
        assertThat(inbound.results()).containsExactly(IntakeResult.STORED, IntakeResult.DUPLICATE);
    }

    @Test
    void updateThePortCouldNotStoreIsNotAcknowledged() throws Exception {
        inbound.failOnceOn("815000001");
        String update = TestBot.update("private_text").toString();

        HttpResponse<String> failed = post(TestBot.WEBHOOK_SECRET, update);
        HttpResponse<String> redelivered = post(TestBot.WEBHOOK_SECRET, update);

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(redelivered.statusCode()).isEqualTo(200);
        assertThat(inbound.handedInEventIds()).containsExactly("815000001");
    }

    @Test
    void healthShowsTheTelegramComponent() throws Exception {
        post(TestBot.WEBHOOK_SECRET, TestBot.update("private_text").toString());

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

        JsonNode telegram = TestBot.parse(response.body()).get("components").get("telegram");
        assertThat(telegram.get("status").asText()).isEqualTo("UP");
        assertThat(telegram.get("details").get("mode").asText()).isEqualTo("webhook");
        assertThat(telegram.get("details").get("bot").asText()).isEqualTo("@" + TestBot.USERNAME);
    }
}
