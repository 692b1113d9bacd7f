package io.switchboard.connector.facebook.graph;

import static io.switchboard.connector.facebook.FacebookTestSupport.APP_SECRET;
import static io.switchboard.connector.facebook.FacebookTestSupport.PAGE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.connector.facebook.FacebookConversations;
import io.switchboard.connector.facebook.FacebookProperties;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Choice;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.util.unit.DataSize;

class FacebookGatewayTest {

    private static final String POST = FacebookConversations.ofPost("1000000001_4000000004");
    private static final String COMMENT = "4000000004_5000000005";
    private static final String ALICE = FacebookConversations.ofMessenger("3000000003");

    private final FakeGraphApi facebook = new FakeGraphApi();
    private final GraphApi graph = facebook.client();
    private boolean windowOpen = true;
    private final FacebookGateway gateway = gateway(graph, facebook.properties("/", "v26.0"));

    @AfterEach
    void stopServer() throws Exception {
        facebook.close();
    }

    @Test
    void anAnswerToACommentIsAReplyUnderThatComment() throws Exception {
        facebook.answer(200, "{\"id\":\"" + COMMENT + "\"}");
        facebook.answer(200, "{\"id\":\"4000000004_5000000020\"}");

        DeliveryReceipt receipt = gateway.send(comment(COMMENT, "Withdrawals take up to 30 minutes & more."));

        assertThat(receipt.messageId()).isEqualTo("4000000004_5000000020");
        RecordedRequest lookup = facebook.request();
        assertThat(lookup.getMethod()).isEqualTo("GET");
        assertThat(lookup.getRequestUrl().encodedPath()).isEqualTo("/v26.0/" + COMMENT);
        assertThat(lookup.getRequestUrl().queryParameter("fields")).isEqualTo("parent");
        RecordedRequest reply = facebook.request();
        assertThat(reply.getMethod()).isEqualTo("POST");
        assertThat(reply.getPath()).isEqualTo("/v26.0/" + COMMENT + "/comments");
        String form = reply.getBody().readUtf8();
        assertThat(URLDecoder.decode(form, StandardCharsets.UTF_8))
                .contains("message=Withdrawals take up to 30 minutes & more.")
                .contains("appsecret_proof=" + appSecretProof());
        assertThat(reply.getHeader("Authorization")).isEqualTo("Bearer " + PAGE_TOKEN);
        assertThat(lookup.getPath() + reply.getPath() + form).doesNotContain(PAGE_TOKEN);
    }

    @Test
    void anAnswerToAReplyStaysInItsCommentsThread() {
        facebook.answer(200, "{\"id\":\"4000000004_5000000006\",\"parent\":{\"id\":\"" + COMMENT + "\"}}");
        facebook.answer(200, "{\"id\":\"4000000004_5000000024\"}");

        gateway.send(comment("4000000004_5000000006", "Pending withdrawals are processed in order."));

        facebook.request();
        assertThat(facebook.request().getPath()).isEqualTo("/v26.0/" + COMMENT + "/comments");
    }

    @Test
    void anAnswerToAVisitorsPostIsACommentOnThePost() {
        facebook.answer(200, "{\"id\":\"4000000004_5000000021\"}");

        gateway.send(postComment("See the pinned post."));

        assertThat(facebook.request().getPath()).isEqualTo("/v26.0/1000000001_4000000004/comments");
        assertThat(facebook.requestCount()).isEqualTo(1);
    }

    @Test
    void anAnswerToACommentThatIsGoneFailsForGood() {
        facebook.answerError(400, 100, "GraphMethodException",
                "Unsupported get request. Object with ID '" + COMMENT + "' does not exist");

        assertThatThrownBy(() -> gateway.send(comment(COMMENT, "hello")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT))
                .hasMessageStartingWith("Facebook comment lookup failed");
        assertThat(facebook.requestCount()).isEqualTo(1);
    }

    @Test
    void aMessengerAnswerInsideTheWindowIsAResponse() throws Exception {
        facebook.answer(200, "{\"recipient_id\":\"3000000003\",\"message_id\":\"m_answer-1\"}");

        DeliveryReceipt receipt = gateway.send(messenger("ETH withdrawals cost the network fee."));

        assertThat(receipt.messageId()).isEqualTo("m_answer-1");
        RecordedRequest request = facebook.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(URI.create(request.getPath()).getPath()).isEqualTo("/v26.0/1000000001/messages");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(request.getBody().readUtf8())).isEqualTo(json.readTree(
                "{\"recipient\":{\"id\":\"3000000003\"},\"messaging_type\":\"RESPONSE\","
                        + "\"message\":{\"text\":\"ETH withdrawals cost the network fee.\"}}"));
        assertThat(request.getPath()).doesNotContain(PAGE_TOKEN);
    }

    @Test
    void choicesAreQuickRepliesTitledWithinMessengersLimit() throws Exception {
        facebook.answer(200, "{\"recipient_id\":\"3000000003\",\"message_id\":\"m_answer-2\"}");

        gateway.send(new OutboundMessage(Channel.FACEBOOK, ALICE, ALICE, null, "Is it one of these?",
                TextFormat.PLAIN, Sender.BOT_NOTICE, List.of(new Choice("Withdrawal fees and minimum amounts", "sb1:9:p1"),
                        new Choice("🙋 Talk to a human", "sb1:9:h"))));

        JsonNode quickReplies = new ObjectMapper().readTree(facebook.request().getBody().readUtf8())
                .path("message").path("quick_replies");
        assertThat(quickReplies).hasSize(2);
        assertThat(quickReplies.get(0).path("content_type").asText()).isEqualTo("text");
        assertThat(quickReplies.get(0).path("title").asText()).isEqualTo("Withdrawal fees and…");
        assertThat(quickReplies.get(0).path("payload").asText()).isEqualTo("sb1:9:p1");
        assertThat(quickReplies.get(1).path("title").asText()).isEqualTo("🙋 Talk to a human");
        assertThat(gateway.offersChoices(ALICE)).isTrue();
        assertThat(gateway.offersChoices(FacebookConversations.ofPost("1000000001_2"))).as("comments").isFalse();
    }

    @Test
    void aMessengerAnswerOutsideTheWindowIsRefusedForGoodWithoutCallingFacebook() {
        windowOpen = false;

        assertThatThrownBy(() -> gateway.send(messenger("Too late")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
                    assertThat(e.getMessage()).isEqualTo("outside the 24-hour messaging window");
                });
        assertThat(facebook.requestCount()).isZero();
    }

    @Test
    void aMessengerTextOverTheLimitIsRefusedWithoutCallingFacebook() {
        assertThatThrownBy(() -> gateway.send(messenger("x".repeat(FacebookGateway.MESSENGER_TEXT_LIMIT + 1))))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT))
                .hasMessageContaining("2000 characters");
        assertThat(facebook.requestCount()).isZero();
    }

    @Test
    void htmlAnswersArriveAsPlainText() throws Exception {
        facebook.answer(200, "{\"recipient_id\":\"3000000003\",\"message_id\":\"m_answer-2\"}");

        gateway.send(new OutboundMessage(Channel.FACEBOOK, ALICE, ALICE, null,
                "<b>Fees</b> are on <a href=\"https://exchange.example/fees\">our fees page</a> &amp; in the app.\n"
                        + "<i>Thanks!</i>", TextFormat.HTML));

        assertThat(new ObjectMapper().readTree(facebook.request().getBody().readUtf8()).path("message").path("text")
                .asText()).isEqualTo("Fees are on our fees page (https://exchange.example/fees) & in the app.\nThanks!");
    }

    @Test
    void tooManyRequestsIsRateLimitedForAsLongAsFacebookEstimates() {
        facebook.answer(new MockResponse().setResponseCode(429).setHeader("Content-Type", "application/json")
                .setHeader("x-business-use-case-usage", "{\"1000000001\":[{\"type\":\"messenger\",\"call_count\":100,"
                        + "\"total_cputime\":25,\"total_time\":25,\"estimated_time_to_regain_access\":5}]}")
                .setBody("{\"error\":{\"message\":\"(#80006) There have been too many messenger requests to this"
                        + " Page.\",\"type\":\"OAuthException\",\"code\":80006,\"fbtrace_id\":\"AbCdEf123\"}}"));

        assertThatThrownBy(() -> gateway.send(messenger("hello")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(5));
                });
    }

    @Test
    void rateLimitCodesAreRateLimitedEvenWithStatus400() {
        facebook.answerError(400, 613, "OAuthException", "Calls to this api have exceeded the rate limit.");
        facebook.answer(new MockResponse().setResponseCode(400).setHeader("Retry-After", "120")
                .setBody("{\"error\":{\"message\":\"(#4) Application request limit reached\",\"type\":"
                        + "\"OAuthException\",\"code\":4,\"fbtrace_id\":\"AbCdEf124\"}}"));

        assertThatThrownBy(() -> gateway.send(postComment("hello")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(GraphFailure.DEFAULT_RETRY_AFTER);
                });
        assertThatThrownBy(() -> gateway.send(postComment("hello")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)));
        assertThat(graph.contact().rateLimits()).as("Facebook's rate-limit codes count as its 429").isEqualTo(2);
    }

    @Test
    void serverErrorsAreTransient() {
        facebook.answerError(500, 2, "OAuthException", "An unexpected error has occurred.");
        facebook.answer(new MockResponse().setResponseCode(503).setBody("<html>Service Unavailable</html>"));

        assertThatThrownBy(() -> gateway.send(postComment("hello")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT))
                .hasMessageContaining("An unexpected error has occurred.")
                .hasMessageContaining("fbtrace_id AbCdEf123");
        assertThatThrownBy(() -> gateway.send(postComment("hello")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
                    assertThat(e.answered()).as("Facebook answered: the retry sends without a lookup").isTrue();
                })
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void staffAreToldMessengersLimitBeforeTheyWriteMoreCommentsTakeAnyReply() {
        assertThat(gateway.textLimit(ALICE)).isEqualTo(2000);
        assertThat(gateway.textLimit(POST)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aRequestTimeoutAnswerIsTransientNotARefusal() {
        facebook.answer(new MockResponse().setResponseCode(408).setBody("Request Timeout"));

        assertThatThrownBy(() -> gateway.send(postComment("hello")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT))
                .hasMessageContaining("HTTP 408");
    }

    @Test
    void aTimeoutIsTransientAndMayHavePosted() throws Exception {
        FacebookProperties impatient = new FacebookProperties("1000000001", PAGE_TOKEN, APP_SECRET, "verify",
                URI.create(facebook.properties("/", "v26.0").graphApiUrl().toString()), "v26.0",
                DataSize.ofMegabytes(1), Duration.ofHours(24), Duration.ofSeconds(1), Duration.ofMillis(300));
        FacebookGateway gateway = gateway(new GraphApi(impatient, Clock.fixed(FakeGraphApi.NOW, ZoneOffset.UTC), FakeGraphApi.JSON),
                impatient);
        facebook.answer(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        assertThatThrownBy(() -> gateway.send(postComment("hello")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
                    assertThat(e.answered()).as("Facebook may have posted it: the retry looks first").isFalse();
                })
                .hasMessageContaining("no answer from the Graph API");
    }

    @Test
    void aRefusedRequestIsPermanentAndLeavesHealthUp() {
        facebook.answerError(400, 100, "GraphMethodException",
                "Unsupported post request. Object with ID '4000000004_5000000005' does not exist");

        assertThatThrownBy(() -> gateway.send(postComment("hello")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT))
                .hasMessageContaining("does not exist");
        assertThat(health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void anExpiredTokenIsPermanentAndTurnsHealthDown() {
        facebook.answerError(400, 190, "OAuthException", "Error validating access token: Session has expired.");

        assertThatThrownBy(() -> gateway.send(postComment("hello")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT))
                .message().doesNotContain(PAGE_TOKEN);
        assertThat(health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health().getDetails().get("lastError").toString())
                .contains("Error validating access token").doesNotContain(PAGE_TOKEN);
    }

    @Test
    void healthIsDownAfterFailuresAndUpAgainAfterASuccess() {
        facebook.answerError(500, 2, "OAuthException", "Service temporarily unavailable");
        facebook.answer(new MockResponse().setResponseCode(502));
        facebook.answer(200, "{\"id\":\"4000000004_5000000022\"}");

        assertThat(health().getStatus()).isEqualTo(Status.UP);
        assertThat(health().getDetails()).containsEntry("lastSuccess", "never");
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> gateway.send(postComment("hello"))).isInstanceOf(DeliveryException.class);
        }
        assertThat(health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health().getDetails()).containsEntry("lastError", "comment reply: HTTP 502");

        gateway.send(postComment("hello"));
        assertThat(health().getStatus()).isEqualTo(Status.UP);
        assertThat(health().getDetails()).containsEntry("lastSuccess", FakeGraphApi.NOW.toString());
    }

    @Test
    void theGraphApiUrlAndVersionAreConfigurable() {
        FacebookProperties proxied = facebook.properties("/facebook-proxy/", "v23.0");
        FacebookGateway gateway = gateway(new GraphApi(proxied, Clock.fixed(FakeGraphApi.NOW, ZoneOffset.UTC), FakeGraphApi.JSON),
                proxied);
        facebook.answer(200, "{\"id\":\"4000000004_5000000023\"}");

        gateway.send(new OutboundMessage(Channel.FACEBOOK, POST, POST, null, "hello", TextFormat.PLAIN));

        assertThat(facebook.request().getPath()).isEqualTo("/facebook-proxy/v23.0/1000000001_4000000004/comments");
    }

    @Test
    void aConversationOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> gateway.send(new OutboundMessage(Channel.FACEBOOK, "-100123", "-100123:7", null,
                "hello", TextFormat.PLAIN)))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT))
                .hasMessageContaining("not a Facebook conversation");
        assertThat(facebook.requestCount()).isZero();
    }

    private FacebookGateway gateway(GraphApi api, FacebookProperties properties) {
        return new FacebookGateway(api, conversation -> windowOpen, properties);
    }

    private Health health() {
        return new FacebookHealthIndicator(graph).health();
    }

    private static OutboundMessage comment(String replyTo, String text) {
        return new OutboundMessage(Channel.FACEBOOK, POST, POST, replyTo, text, TextFormat.PLAIN);
    }

    private static OutboundMessage postComment(String text) {
        return new OutboundMessage(Channel.FACEBOOK, POST, POST, "1000000001_4000000004", text, TextFormat.PLAIN);
    }

    private static OutboundMessage messenger(String text) {
        return new OutboundMessage(Channel.FACEBOOK, ALICE, ALICE, "m_withdrawal-question-1", text, TextFormat.PLAIN);
    }

    /** HMAC-SHA256 of the access token keyed with the app secret, as Meta checks it. */
    private static String appSecretProof() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(PAGE_TOKEN.getBytes(StandardCharsets.UTF_8)));
    }
}
