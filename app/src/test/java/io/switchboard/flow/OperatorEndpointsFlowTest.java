package io.switchboard.flow;

import static io.switchboard.flow.FlowTestSupport.metric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an operator's tools read from a running application after messages went through it: the
 * Prometheus scrape (as the admin, never anonymously), with the intake's, the platforms' and Camel's
 * series, and the API's OpenAPI description and Swagger UI (staff only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Boot's tests leave metrics export (the Prometheus endpoint) off unless asked
@AutoConfigureObservability(tracing = false)
class OperatorEndpointsFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWERED_QUESTION = "How do I enable 2FA on my account?";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "webhook", "jdbc:h2:mem:operator-endpoints-flow;"
                + FlowTestSupport.H2_MODE);
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @LocalServerPort
    int port;

    @Test
    void theScrapeCountsATelegramMessageItsDecisionAndCamelsRoutes() throws Exception {
        String before = scrape();
        double storedBefore = metric(before, "switchboard_messages_in_total", "channel=\"telegram\"", "kind=\"message\"");
        double answeredBefore = metric(before, "switchboard_decisions_total", "channel=\"telegram\"",
                "outcome=\"answered\"");
        double timedBefore = metric(before, "switchboard_decision_latency_seconds_count", "channel=\"telegram\"");

        ask(8400, ANSWERED_QUESTION);
        await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.sentTo("8400").size() == 1);

        String after = await().atMost(Duration.ofSeconds(10)).until(this::scrape,
                scrape -> metric(scrape, "switchboard_decision_latency_seconds_count", "channel=\"telegram\"")
                        == timedBefore + 1);
        assertThat(metric(after, "switchboard_messages_in_total", "channel=\"telegram\"", "kind=\"message\""))
                .isEqualTo(storedBefore + 1);
        assertThat(metric(after, "switchboard_decisions_total", "channel=\"telegram\"", "outcome=\"answered\""))
                .as("the knowledge base answered it").isEqualTo(answeredBefore + 1);
        assertThat(after).as("nothing waits for a decision").contains("switchboard_intake_backlog{channel=\"telegram\"} 0.0");
        assertThat(after).as("the outbox's gauges and the platform's rate limits").contains(
                "switchboard_outbox_replies{state=\"pending\"}", "switchboard_outbox_breaker_open{channel=\"telegram\"}",
                "switchboard_platform_rate_limited_total{platform=\"telegram\"}");
        assertThat(after).as("Camel's per-route series").containsPattern("camel_exchanges_total\\{[^}]*routeId=\"outbox-delivery\"")
                .containsPattern("camel_route_policy_seconds_count\\{[^}]*routeId=\"outbox-delivery\"");
        assertThat(after).as("no chat or member id in any series").doesNotContain("\"8400\"");

        HttpResponse<String> anonymous = FlowTestSupport.get(port, "/actuator/prometheus", false);
        assertThat(anonymous.statusCode()).as("the scrape is not public").isEqualTo(401);
    }

    @Test
    void theTicketGaugesCountUnresolvedTickets() throws Exception {
        double openBefore = metric(scrape(), "switchboard_tickets_open");

        HttpResponse<String> opened = FlowTestSupport.postAsStaff(port, "/api/tickets",
                "{\"subject\": \"Card payment not credited\", \"category\": \"OTHER\", \"priority\": \"NORMAL\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);

        String after = await().atMost(Duration.ofSeconds(15)).until(this::scrape,
                scrape -> metric(scrape, "switchboard_tickets_open") == openBefore + 1);
        assertThat(metric(after, "switchboard_tickets_breached")).as("nothing is late yet").isZero();
    }

    @Test
    void aRateLimitFromTelegramIsCountedForTelegram() throws Exception {
        double limitedBefore = metric(scrape(), "switchboard_platform_rate_limited_total", "platform=\"telegram\"");
        TELEGRAM.scriptSendFailures(FakeTelegramServer.tooManyRequests(1));

        ask(8401, ANSWERED_QUESTION);
        await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.sentTo("8401").size() == 1);

        assertThat(metric(scrape(), "switchboard_platform_rate_limited_total", "platform=\"telegram\""))
                .isEqualTo(limitedBefore + 1);
    }

    @Test
    void theApiDescriptionNamesTheStaffApiForStaffOnly() throws Exception {
        HttpResponse<String> all = FlowTestSupport.get(port, "/v3/api-docs", true);
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        JsonNode description = JSON.readTree(all.body());
        assertThat(description.path("info").path("title").asText()).isEqualTo("Switchboard API");
        assertThat(description.path("info").path("version").asText()).isNotEmpty();
        assertThat(description.path("components").path("securitySchemes").path("basic").path("scheme").asText())
                .isEqualTo("basic");
        assertThat(description.path("paths").has("/api/tickets")).isTrue();
        assertThat(description.path("paths").has("/api/forum/boards")).isTrue();
        description.path("paths").fieldNames().forEachRemaining(path ->
                assertThat(path).as("only the JSON APIs, no webhooks or pages").startsWith("/api/"));

        JsonNode staff = JSON.readTree(FlowTestSupport.get(port, "/v3/api-docs/staff", true).body());
        assertThat(staff.path("paths").has("/api/tickets")).isTrue();
        assertThat(staff.path("paths").has("/api/forum/boards")).as("the forum has its own group").isFalse();
        JsonNode forum = JSON.readTree(FlowTestSupport.get(port, "/v3/api-docs/forum", true).body());
        assertThat(forum.path("paths").has("/api/forum/boards")).isTrue();
        assertThat(forum.path("paths").has("/api/tickets")).isFalse();

        assertThat(FlowTestSupport.get(port, "/swagger-ui/index.html", true).statusCode()).isEqualTo(200);
        assertThat(FlowTestSupport.get(port, "/v3/api-docs", false).statusCode()).as("anonymous").isEqualTo(401);
        HttpResponse<String> anonymousUi = FlowTestSupport.get(port, "/swagger-ui/index.html", false);
        assertThat(anonymousUi.statusCode()).as("anonymous, to the console's sign-in").isEqualTo(302);
        assertThat(anonymousUi.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/console/login"));

        HttpResponse<String> registered = FlowTestSupport.postJson(port, "/api/forum/members",
                "{\"username\":\"docs-reader\",\"displayName\":\"Docs Reader\",\"password\":\"a-member-password-1\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(FlowTestSupport.getAs(port, "/v3/api-docs", "docs-reader", "a-member-password-1").statusCode())
                .as("a member").isEqualTo(403);
    }

    private String scrape() throws Exception {
        return FlowTestSupport.scrape(port);
    }

    private void ask(long chat, String text) throws Exception {
        String update = TelegramUpdates.privateText(TELEGRAM.nextUpdateId(), TELEGRAM.nextUpdateId(), chat, "en", text);
        assertThat(FlowTestSupport.postWebhook(port, "/webhooks/telegram", "X-Telegram-Bot-Api-Secret-Token",
                FlowTestSupport.WEBHOOK_SECRET, update.getBytes(StandardCharsets.UTF_8))).isEqualTo(200);
    }
}
