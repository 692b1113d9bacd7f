package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.facebook.FacebookWebhooks;
import io.switchboard.testing.facebook.FakeGraphServer;
import io.switchboard.testing.x.FakeXServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * All three connectors in one application while X is down: each has its own health entry, X's
 * outage shows in X's entry only, Telegram keeps polling and Facebook keeps answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed afterwards: a cached context would keep polling and delivering beside the next test class's.
@DirtiesContext
class ChannelHealthFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final FakeXServer X = new FakeXServer();
    private static final FakeGraphServer GRAPH = new FakeGraphServer();
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.everyChannel(registry, TELEGRAM, X, GRAPH, "health-flow");
        X.goDown();
    }

    @AfterAll
    static void stopFakes() throws Exception {
        FlowTestSupport.stop(TELEGRAM, X, GRAPH);
    }

    @LocalServerPort
    int port;

    @Test
    void anOutageOfXShowsInItsOwnHealthEntryWhileTheOtherChannelsKeepAnswering() throws Exception {
        String psid = "3000000777";
        byte[] messenger = FacebookWebhooks.messengerText(FakeGraphServer.PAGE_ID, psid, "m_health-1",
                "How do I enable 2FA on my account?", Instant.now());
        assertThat(FlowTestSupport.postWebhook(port, "/webhooks/facebook", "X-Hub-Signature-256",
                FacebookWebhooks.signature(messenger, FakeGraphServer.APP_SECRET), messenger)).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> !GRAPH.messagesTo(psid).isEmpty());
        JsonNode components = await().atMost(Duration.ofSeconds(30)).until(this::healthComponents,
                c -> "DOWN".equals(c.path("twitter").path("status").asText())
                        && "UP".equals(c.path("telegram").path("status").asText()));

        assertThat(components.path("twitter").path("details").path("lastError").asText()).contains("HTTP 503");
        assertThat(components.path("facebook").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("facebook").path("details").path("lastSuccess").asText()).isNotEqualTo("never");
        assertThat(components.toString()).doesNotContain(FakeXServer.APP_BEARER_TOKEN,
                FakeGraphServer.PAGE_ACCESS_TOKEN, FakeGraphServer.APP_SECRET);

        JsonNode anyone = JSON.readTree(FlowTestSupport.get(port, "/actuator/health", false).body()).path("components");
        assertThat(anyone.path("twitter").path("status").asText()).as("everyone sees the status").isEqualTo("DOWN");
        assertThat(anyone.path("twitter").has("details")).as("only staff see the last error").isFalse();
    }

    /** As staff, who see each entry's details. 503 while any entry is DOWN: the body still lists every component. */
    private JsonNode healthComponents() throws Exception {
        return JSON.readTree(FlowTestSupport.get(port, "/actuator/health", true).body()).path("components");
    }
}
