package io.switchboard.connector.twitter;

import static io.switchboard.testing.x.XFixtures.ANNA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.testing.ShiftableClock;
import io.switchboard.testing.x.XFixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwitterGatewayTest {

    private static final String QUESTION = "1800000000000000100";
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final ObjectMapper json = new ObjectMapper();
    private final ShiftableClock clock = ShiftableClock.stoppedAt(NOW);
    private final PlatformContact contact = new PlatformContact(clock);
    private final ConversationIndex conversations = new ConversationIndex(100, Duration.ofDays(1));
    private MockWebServer x;
    private OAuth1Signer signer;
    private TwitterGateway gateway;

    @BeforeEach
    void startFakeX() throws IOException {
        x = new MockWebServer();
        x.start(java.net.InetAddress.getLoopbackAddress(), 0);
        signer = new OAuth1Signer("consumer-key", "consumer-secret", "access-token", "access-secret", clock);
        gateway = gateway(signer, Duration.ofSeconds(5));
    }

    @AfterEach
    void stopFakeX() throws IOException {
        x.shutdown();
    }

    @Test
    void replyIsPostedInReplyToTheMentionAndSignedAsTheAccount() throws Exception {
        x.enqueue(created("{\"data\":{\"id\":\"1800000000000000150\",\"text\":\"...\"}}"));

        DeliveryReceipt receipt = gateway.send(publicReply(QUESTION, "Open Security > 2FA and choose Reset."));

        assertThat(receipt.messageId()).isEqualTo("1800000000000000150");
        RecordedRequest request = x.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/2/tweets");
        JsonNode body = json.readTree(request.getBody().readUtf8());
        assertThat(body.path("text").asText()).isEqualTo("Open Security > 2FA and choose Reset.");
        assertThat(body.path("reply").path("in_reply_to_tweet_id").asText()).isEqualTo(QUESTION);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertSignedFor(request);
        assertThat(contact.failing()).isFalse();
        assertThat(contact.lastSuccess()).isEqualTo(NOW);
    }

    @Test
    void ourReplyIsRememberedAsPartOfTheConversation() {
        x.enqueue(created("{\"data\":{\"id\":\"1800000000000000150\",\"text\":\"...\"}}"));

        gateway.send(publicReply(QUESTION, "Open Security > 2FA."));

        assertThat(conversations.conversationOf("1800000000000000150")).contains(QUESTION);
    }

    @Test
    void longAnswerIsShortenedToFitATweetWithTheArticleLink() throws Exception {
        x.enqueue(created("{\"data\":{\"id\":\"1800000000000000151\",\"text\":\"...\"}}"));
        String article = "https://forum.example.com/t/reset-2fa/4711";

        gateway.send(publicReply(QUESTION, "To reset 2FA you need to confirm your identity first. ".repeat(10) + article));

        String text = json.readTree(x.takeRequest().getBody().readUtf8()).path("text").asText();
        assertThat(TweetFitter.weightedLength(text)).isLessThanOrEqualTo(280);
        assertThat(text).startsWith("To reset 2FA").endsWith("… " + article);
    }

    @Test
    void answerWithPersonalDataIsReplacedByAPointerToAPrivateChannel() throws Exception {
        x.enqueue(created("{\"data\":{\"id\":\"1800000000000000152\",\"text\":\"...\"}}"));

        gateway.send(publicReply(QUESTION, "We sent the code to anna@example.org and your UID 77310042 is unlocked."));

        String text = json.readTree(x.takeRequest().getBody().readUtf8()).path("text").asText();
        assertThat(text).isEqualTo(TwitterProperties.DEFAULT_POINTER).doesNotContain("anna@example.org", "77310042");
    }

    @Test
    void replyWithoutAMessageToAnswerGoesToTheConversationsFirstTweet() throws Exception {
        x.enqueue(created("{\"data\":{\"id\":\"1800000000000000153\",\"text\":\"...\"}}"));

        gateway.send(new OutboundMessage(Channel.TWITTER, QUESTION, QUESTION, null, "We are on it.", TextFormat.PLAIN));

        JsonNode body = json.readTree(x.takeRequest().getBody().readUtf8());
        assertThat(body.path("reply").path("in_reply_to_tweet_id").asText()).isEqualTo(QUESTION);
    }

    @Test
    void replyToADirectMessageChatIsSentAsADirectMessage() throws Exception {
        x.enqueue(created("{\"data\":{\"dm_conversation_id\":\"1490000000000000001-" + ANNA_ID
                + "\",\"dm_event_id\":\"1800000000000000900\"}}"));
        String answer = "Your withdrawal to the address ending 9EE7 was sent, order A7F3K9Q2.";

        DeliveryReceipt receipt = gateway.send(new OutboundMessage(Channel.TWITTER, "dm:" + ANNA_ID, "dm:" + ANNA_ID,
                "1800000000000000899", answer, TextFormat.PLAIN));

        assertThat(receipt.messageId()).isEqualTo("1800000000000000900");
        RecordedRequest request = x.takeRequest();
        assertThat(request.getPath()).isEqualTo("/2/dm_conversations/with/" + ANNA_ID + "/messages");
        assertThat(json.readTree(request.getBody().readUtf8()).path("text").asText())
                .as("private messages may carry account details").isEqualTo(answer);
        assertSignedFor(request);
    }

    @Test
    void oauth2UserTokenIsSentAsBearer() throws Exception {
        TwitterGateway withUserToken = gateway(UserAuth.oauth2UserToken("user-context-token"), Duration.ofSeconds(5));
        x.enqueue(created("{\"data\":{\"id\":\"1800000000000000154\",\"text\":\"...\"}}"));

        withUserToken.send(publicReply(QUESTION, "Thanks, fixed."));

        assertThat(x.takeRequest().getHeader("Authorization")).isEqualTo("Bearer user-context-token");
    }

    @Test
    void tooManyRequestsIsRateLimitedUntilXsResetAndNothingIsSentBeforeIt() {
        long reset = NOW.plusSeconds(600).getEpochSecond();
        x.enqueue(new MockResponse().setResponseCode(429).addHeader("x-rate-limit-remaining", "0")
                .addHeader("x-rate-limit-reset", reset).addHeader("Content-Type", "application/json")
                .setBody(XFixtures.problem(429, "Too Many Requests")));

        assertThatThrownBy(() -> gateway.send(publicReply(QUESTION, "First answer")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(600));
                });
        clock.advance(Duration.ofSeconds(300));
        assertThatThrownBy(() -> gateway.send(publicReply(QUESTION, "Second answer")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(300));
                });
        assertThat(x.getRequestCount()).isEqualTo(1);
        assertThat(contact.rateLimits()).as("X's 429 counts, our own wait for its reset does not").isEqualTo(1);

        clock.advance(Duration.ofSeconds(301));
        x.enqueue(created("{\"data\":{\"id\":\"1800000000000000155\",\"text\":\"...\"}}"));
        assertThat(gateway.send(publicReply(QUESTION, "Second answer")).messageId()).isEqualTo("1800000000000000155");
    }

    @Test
    void dailyPostingCapUsedUpWaitsForTheCapsReset() {
        long windowReset = NOW.plusSeconds(600).getEpochSecond();
        long dayReset = NOW.plusSeconds(7_200).getEpochSecond();
        x.enqueue(new MockResponse().setResponseCode(429).addHeader("x-rate-limit-remaining", "40")
                .addHeader("x-rate-limit-reset", windowReset)
                .addHeader("x-user-limit-24hour-remaining", "0").addHeader("x-user-limit-24hour-reset", dayReset)
                .setBody(XFixtures.problem(429, "Too Many Requests")));

        assertThatThrownBy(() -> gateway.send(publicReply(QUESTION, "Answer")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7_200)));
    }

    @Test
    void serverErrorIsTransientAndShowsInTheContact() {
        x.enqueue(new MockResponse().setResponseCode(503).setBody(XFixtures.problem(503, "Service Unavailable")));

        assertThatThrownBy(() -> gateway.send(publicReply(QUESTION, "Answer")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
                    assertThat(e.answered()).as("X answered: the retry sends without a lookup").isTrue();
                    assertThat(e.getMessage()).contains("POST /2/tweets", "503").doesNotContain("consumer", "token");
                });
        assertThat(contact.failing()).isTrue();
    }

    @Test
    void aRequestTimeoutAnswerIsTransientNotARefusal() {
        x.enqueue(new MockResponse().setResponseCode(408).setBody(XFixtures.problem(408, "Request Timeout")));

        assertThatThrownBy(() -> gateway.send(publicReply(QUESTION, "Answer")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT));
    }

    @Test
    void refusedReplyIsPermanent() {
        x.enqueue(new MockResponse().setResponseCode(403).setBody("""
                {"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank",\
                "title":"Forbidden","status":403}"""));

        assertThatThrownBy(() -> gateway.send(publicReply(QUESTION, "Answer")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
                    assertThat(e.getMessage()).contains("duplicate content");
                });
    }

    @Test
    void noAnswerInTimeIsTransientAndMayHavePosted() {
        TwitterGateway impatient = gateway(signer, Duration.ofMillis(300));
        x.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        assertThatThrownBy(() -> impatient.send(publicReply(QUESTION, "Answer")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
                    assertThat(e.answered()).as("X may have posted it: the retry looks first").isFalse();
                    assertThat(e.getMessage()).contains("POST /2/tweets", "no response");
                });
    }

    @Test
    void aRefusedConnectionPostedNothing() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
        TwitterGateway unreachable = gateway(closed, signer, Duration.ofSeconds(5));

        assertThatThrownBy(() -> unreachable.send(publicReply(QUESTION, "Answer")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
                    assertThat(e.answered()).as("nothing reached X: the retry sends without a lookup").isTrue();
                });
    }

    @Test
    void chatThatIsNotATweetIdIsRefusedWithoutCallingX() {
        assertThatThrownBy(() -> gateway.send(new OutboundMessage(Channel.TWITTER, "forum-topic-9", "forum-topic-9",
                null, "Answer", TextFormat.PLAIN)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
                    assertThat(e.getMessage()).contains("forum-topic-9");
                });
        assertThat(x.getRequestCount()).isZero();
    }

    private TwitterGateway gateway(UserAuth auth, Duration timeout) {
        return gateway(URI.create(x.url("/").toString()), auth, timeout);
    }

    private TwitterGateway gateway(URI apiUrl, UserAuth auth, Duration timeout) {
        XApi api = new XApi(apiUrl, "app-bearer", auth, timeout, json);
        return new TwitterGateway(api, new TweetFitter(URI.create("https://help.example.com")), new PublicReplyGuard(),
                TwitterProperties.DEFAULT_POINTER, conversations, contact, clock, "2244994945");
    }

    private static OutboundMessage publicReply(String mentionId, String text) {
        return new OutboundMessage(Channel.TWITTER, QUESTION, QUESTION, mentionId, text, TextFormat.PLAIN);
    }

    private static MockResponse created(String body) {
        return new MockResponse().setResponseCode(201).addHeader("Content-Type", "application/json")
                .addHeader("x-rate-limit-remaining", "99").setBody(body);
    }

    /** The Authorization header is an OAuth 1.0a signature of exactly the request X received. */
    private void assertSignedFor(RecordedRequest request) throws InterruptedException {
        String header = request.getHeader("Authorization");
        assertThat(header).startsWith("OAuth ").contains("oauth_consumer_key=\"consumer-key\"",
                "oauth_token=\"access-token\"", "oauth_signature_method=\"HMAC-SHA1\"");
        String expected = signer.authorization("POST", request.getRequestUrl().uri(), List.of(),
                param(header, "oauth_nonce"), param(header, "oauth_timestamp"));
        assertThat(header).isEqualTo(expected);
        assertThat(param(header, "oauth_timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(x.takeRequest(0, TimeUnit.MILLISECONDS)).as("no further request").isNull();
    }

    private static String param(String header, String name) {
        Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(header);
        assertThat(matcher.find()).as(name + " in " + header).isTrue();
        return matcher.group(1);
    }
}
