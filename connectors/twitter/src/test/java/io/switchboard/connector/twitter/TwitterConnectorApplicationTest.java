package io.switchboard.connector.twitter;

import static io.switchboard.testing.x.XFixtures.ACCOUNT_ID;
import static io.switchboard.testing.x.XFixtures.ANNA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.TwitterTestApplication;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ChannelGateway;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.testing.RecordingInboundPort;
import io.switchboard.testing.x.FakeXServer;
import io.switchboard.testing.x.XFixtures;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The connector inside a running Spring Boot application (component scanning, configuration
 * properties, Flyway, the actuator, a real HTTP port), talking to a fake X on 127.0.0.1. Only the
 * router is replaced, by a recording InboundPort. This is the wiring the full-app test builds on.
 */
@SpringBootTest(classes = TwitterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "switchboard.twitter.bearer-token=" + FakeXServer.APP_BEARER_TOKEN,
            "switchboard.twitter.consumer-key=consumer-key",
            "switchboard.twitter.consumer-secret=consumer-secret",
            "switchboard.twitter.access-token=access-token",
            "switchboard.twitter.access-token-secret=access-secret",
            "switchboard.twitter.account-id=" + ACCOUNT_ID,
            "switchboard.twitter.account-handle=ExchangeHelp",
            "switchboard.twitter.webhook-consumer-secret=webhook-consumer-secret",
            "management.endpoints.web.exposure.include=health",
            "management.endpoint.health.show-details=always",
            "spring.datasource.url=jdbc:h2:mem:twitter-app;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"
        })
@Import(TwitterConnectorApplicationTest.Router.class)
// Closed afterwards so its poller stops instead of polling a stopped fake X from the context cache.
@DirtiesContext
class TwitterConnectorApplicationTest {

    private static final String MENTION = "1800000000000000100";
    private static final FakeXServer X = new FakeXServer();

    static {
        X.publishMention(XFixtures.mention(MENTION, ANNA_ID, "@ExchangeHelp how do I reset 2FA?"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Router {
        @Bean
        RecordingInboundPort inboundPort() {
            return new RecordingInboundPort();
        }
    }

    @DynamicPropertySource
    static void pointAtFakeX(DynamicPropertyRegistry properties) {
        properties.add("switchboard.twitter.api-url", X::apiUrl);
    }

    @AfterAll
    static void stopFakeX() throws IOException {
        X.close();
    }

    @Autowired
    private InboundPort inboundPort;

    @Autowired
    private List<ChannelGateway> gateways;

    @Autowired
    private TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void polledMentionReachesTheInboundPortAndTheReplyGoesBackToX() throws Exception {
        RecordingInboundPort router = (RecordingInboundPort) inboundPort;
        await().atMost(Duration.ofSeconds(20)).until(() -> router.storedMessageIds().contains(MENTION));
        InboundMessage mention = router.stored().stream().filter(m -> m.messageId().equals(MENTION)).findFirst()
                .orElseThrow();

        ChannelGateway twitter = gateways.stream().filter(g -> g.channel() == Channel.TWITTER).findFirst().orElseThrow();
        twitter.send(new OutboundMessage(Channel.TWITTER, mention.chat().chatId(), mention.conversationKey(),
                mention.messageId(), "Open Security > 2FA and choose Reset.", TextFormat.PLAIN));

        assertThat(X.posted()).singleElement().satisfies(reply -> {
            assertThat(reply.inReplyToTweetId()).isEqualTo(MENTION);
            assertThat(reply.authorization()).startsWith("OAuth ");
        });
    }

    @Test
    void webhookTakesSignedDeliveriesOverHttp() throws Exception {
        String crc = http.getForObject("/webhooks/twitter?crc_token=challenge-4711", String.class);
        assertThat(json.readTree(crc).path("response_token").asText())
                .isEqualTo("sha256=SWkszSUEjT8MKPr/YeboV6NtK0RWh0/jsqDUxtIHV0M=");

        byte[] body = XFixtures.directMessageDelivery("1800000000000000899", ANNA_ID, "Anna K", "anna_trades",
                "Hi, is my withdrawal stuck?");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("x-twitter-webhooks-signature", XFixtures.webhookSignature(body, "webhook-consumer-secret"));

        ResponseEntity<String> accepted = http.postForEntity("/webhooks/twitter", new HttpEntity<>(body, headers),
                String.class);
        headers.set("x-twitter-webhooks-signature", "sha256=AAAA");
        ResponseEntity<String> forged = http.postForEntity("/webhooks/twitter", new HttpEntity<>(body, headers),
                String.class);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(((RecordingInboundPort) inboundPort).stored()).filteredOn(m -> m.eventId().equals("dm:1800000000000000899"))
                .singleElement().satisfies(dm -> assertThat(dm.privateChat()).isTrue());
    }

    @Test
    void healthHasATwitterEntry() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> !X.mentionRequests().isEmpty());

        JsonNode health = json.readTree(http.getForObject("/actuator/health", String.class));

        JsonNode twitter = health.path("components").path("twitter");
        assertThat(twitter.path("status").asText()).isEqualTo("UP");
        assertThat(twitter.path("details").path("account").asText()).isEqualTo("@ExchangeHelp");
        assertThat(twitter.path("details").path("webhook").asText()).isEqualTo("on");
        assertThat(twitter.toString()).doesNotContain("app-bearer", "consumer-secret", "access-secret");
    }
}
