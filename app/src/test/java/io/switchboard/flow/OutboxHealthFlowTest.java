package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an operator sees of the outbox while Telegram is down: the {@code outbox} health entry
 * stays UP for everyone (a platform's outage is not ours), staff see the counts and that Telegram
 * is paused with its last error (and never the bot token, which a proxy's error names), and the
 * admin reads the same counts as metrics, which nobody else may.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed afterwards: a cached context would keep its breaker open and deliver beside the next test class's.
@DirtiesContext
class OutboxHealthFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final String TOKEN_SECRET = FakeTelegramServer.TOKEN.substring(FakeTelegramServer.TOKEN.indexOf(':') + 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "webhook", "jdbc:h2:mem:outbox-health-flow;" + FlowTestSupport.H2_MODE);
        // the first failure opens the breaker, and no probe goes out while the test looks
        registry.add("switchboard.router.delivery.breaker-failures", () -> 1);
        registry.add("switchboard.router.delivery.probe-min", () -> "1h");
        registry.add("switchboard.router.delivery.probe-max", () -> "1h");
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    OutboxRepository outbox;

    @Test
    void duringAnOutageTheOutboxStaysUpAndStaffSeeWhatWaitsAndWhatIsPaused() throws Exception {
        Instant now = Instant.now();
        OutboxEntry failed = reply("outbox-health:failed", now);
        failed.markFailed("PERMANENT: Telegram sendMessage failed: 403 Forbidden: bot was blocked by the user");
        OutboxEntry expired = reply("outbox-health:expired", now);
        expired.expire("not sent: PT2H5M old, over the telegram limit of PT2H");
        OutboxEntry heldByUs = reply("outbox-health:held", now);
        heldByUs.holdUntil(now.plus(Duration.ofHours(1)));
        outbox.saveAll(List.of(failed, expired, heldByUs));

        TELEGRAM.failSendsFor(Duration.ofHours(1), FakeTelegramServer.proxyErrorNamingTheUrl());
        ask(8300, "How do I enable 2FA on my account?");
        JsonNode details = await().atMost(Duration.ofSeconds(30)).until(() -> outboxEntry(true).path("details"),
                d -> d.path("paused").has("telegram") && d.path("waitingForRetry").asInt() == 1);

        assertThat(details.path("pending").asInt()).as("the reply that failed and the one we hold").isEqualTo(2);
        assertThat(details.path("waitingForRetry").asInt()).as("only the one Telegram failed").isEqualTo(1);
        assertThat(details.path("failed").asInt()).isEqualTo(1);
        assertThat(details.path("expired").asInt()).isEqualTo(1);
        JsonNode telegram = details.path("paused").path("telegram");
        assertThat(telegram.path("rateLimited").asBoolean()).isFalse();
        assertThat(Instant.parse(telegram.path("until").asText())).isAfter(now.plus(Duration.ofMinutes(30)));
        assertThat(telegram.path("lastError").asText()).contains("502", "Bad Gateway", "<bot-token>")
                .doesNotContain(TOKEN_SECRET);
        assertThat(FlowTestSupport.get(port, "/actuator/health", true).body()).doesNotContain(TOKEN_SECRET);
        assertThat(outboxEntry(true).path("status").asText()).isEqualTo("UP");

        JsonNode anyone = outboxEntry(false);
        assertThat(anyone.path("status").asText()).as("everyone sees the outbox is up").isEqualTo("UP");
        assertThat(anyone.has("details")).as("only staff see counts and errors").isFalse();

        assertThat(metric("switchboard.outbox.replies?tag=state:failed")).isEqualTo(1.0);
        assertThat(metric("switchboard.outbox.replies?tag=state:waitingForRetry")).isEqualTo(1.0);
        assertThat(metric("switchboard.outbox.breaker.open?tag=channel:telegram")).isEqualTo(1.0);
        HttpResponse<String> anonymousMetrics = FlowTestSupport.get(port,
                "/actuator/metrics/switchboard.outbox.replies", false);
        assertThat(anonymousMetrics.statusCode()).as("metrics are not public").isEqualTo(401);
    }

    /** A reply to a group chat of its own, as the outbox stores it. */
    private static OutboxEntry reply(String decisionKey, Instant at) {
        return new OutboxEntry(decisionKey, new OutboundMessage(Channel.TELEGRAM, "-100900900", "-100900900", null,
                "Your ticket is T-7.", TextFormat.HTML), null, at);
    }

    /** The outbox's health entry, as staff (HTTP Basic) or as anyone. */
    private JsonNode outboxEntry(boolean staff) throws Exception {
        return JSON.readTree(FlowTestSupport.get(port, "/actuator/health", staff).body())
                .path("components").path("outbox");
    }

    /** A metric's value as the admin reads it. */
    private double metric(String nameAndTag) throws Exception {
        HttpResponse<String> response = FlowTestSupport.get(port, "/actuator/metrics/" + nameAndTag, true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("measurements").path(0).path("value").asDouble();
    }

    private void ask(long chat, String text) throws Exception {
        String update = TelegramUpdates.privateText(TELEGRAM.nextUpdateId(), TELEGRAM.nextUpdateId(), chat, "en", text);
        assertThat(FlowTestSupport.postWebhook(port, "/webhooks/telegram", "X-Telegram-Bot-Api-Secret-Token",
                FlowTestSupport.WEBHOOK_SECRET, update.getBytes(StandardCharsets.UTF_8))).isEqualTo(200);
    }
}
