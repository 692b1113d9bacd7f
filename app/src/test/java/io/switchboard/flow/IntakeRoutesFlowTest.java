package io.switchboard.flow;

import static io.switchboard.testing.x.XFixtures.ANNA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import io.switchboard.testing.facebook.FakeGraphServer;
import io.switchboard.testing.x.FakeXServer;
import io.switchboard.testing.x.XFixtures;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an operator sees of the intakes with every connector on (on the platform fakes): each poller
 * and sweep is a Camel route with a fixed id, started, and the messages come in through it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed afterwards: a cached context would keep polling beside the next test class's.
@DirtiesContext
class IntakeRoutesFlowTest {

    /** The route ids docs/operations.md names. */
    static final List<String> INTAKE_ROUTES =
            List.of("telegram-setup", "telegram-updates", "x-mentions", "forum-handoff", "knowledge-index");

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final FakeXServer X = new FakeXServer();
    private static final FakeGraphServer GRAPH = new FakeGraphServer();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.everyChannel(registry, TELEGRAM, X, GRAPH, "intake-routes");
    }

    @AfterAll
    static void stopFakes() throws Exception {
        FlowTestSupport.stop(TELEGRAM, X, GRAPH);
    }

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    @Autowired
    InboundEventRepository events;

    @Test
    void everyIntakeIsAStartedCamelRouteWithItsOwnId() {
        assertThat(camel.getRoutes()).extracting(Route::getRouteId).containsAll(INTAKE_ROUTES);
        assertThat(INTAKE_ROUTES).allSatisfy(id ->
                assertThat(camel.getRouteController().getRouteStatus(id)).as(id).isEqualTo(ServiceStatus.Started));
    }

    @Test
    void telegramUpdatesAndXMentionsComeInThroughTheirRoutes() {
        long updateId = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(updateId, TelegramUpdates.privateText(updateId, 21, 7201, "en", "how do I reset 2FA?"));
        String tweetId = "1860000000000000001";
        X.publishMention(XFixtures.mention(tweetId, ANNA_ID, "@" + XFixtures.ACCOUNT_HANDLE + " how do I reset 2FA?"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(events.existsByChannelAndEventId(Channel.TELEGRAM, String.valueOf(updateId))).isTrue();
            assertThat(events.existsByChannelAndEventId(Channel.TWITTER, "tweet:" + tweetId)).isTrue();
        });
    }

    @Test
    void theHealthEndpointShowsCamelUp() throws Exception {
        JsonNode health = new ObjectMapper().readTree(FlowTestSupport.get(port, "/actuator/health", true).body());

        assertThat(health.path("components").path("camelHealth").path("status").asText()).isEqualTo("UP");
    }
}
