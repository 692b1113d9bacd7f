package io.switchboard.connector.twitter;

import static io.switchboard.testing.x.XFixtures.ACCOUNT_ID;
import static io.switchboard.testing.x.XFixtures.ANNA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.testing.RecordingInboundPort;
import io.switchboard.testing.ShiftableClock;
import io.switchboard.testing.x.XFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class AccountActivityWebhookTest {

    private static final String SECRET = "webhook-consumer-secret";
    private static final Instant NOW = Instant.parse("2025-03-01T10:30:00Z");

    private final ObjectMapper json = new ObjectMapper();
    private final ShiftableClock clock = ShiftableClock.stoppedAt(NOW);
    private final RecordingInboundPort inbound = new RecordingInboundPort();
    private final ConversationIndex conversations = new ConversationIndex(100, Duration.ofDays(1));
    private final PlatformContact contact = new PlatformContact(clock);
    private MockWebServer x;
    private MockMvc webhook;

    @BeforeEach
    void start() throws IOException {
        x = new MockWebServer();
        x.start(InetAddress.getLoopbackAddress(), 0);
        TwitterProperties properties = TestProperties.configured(x.url("/").toString(),
                "webhook-max-payload", "8KB");
        XApi api = new XApi(properties.apiUrl(), properties.bearerToken(), UserAuth.oauth2UserToken("unused"),
                properties.requestTimeout(), json);
        AccountActivityEvents events = new AccountActivityEvents(ACCOUNT_ID, conversations, api,
                RateWindow.followingServer(clock), contact, clock);
        webhook = MockMvcBuilders.standaloneSetup(new AccountActivityController(new WebhookSignature(SECRET), events,
                inbound, json, properties)).build();
    }

    @AfterEach
    void stop() throws IOException {
        x.shutdown();
    }

    @Test
    void challengeIsAnsweredWithTheHmacOfTheCrcToken() throws Exception {
        webhook.perform(get("/webhooks/twitter").param("crc_token", "challenge-4711"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.response_token").value("sha256=SWkszSUEjT8MKPr/YeboV6NtK0RWh0/jsqDUxtIHV0M="));
    }

    @Test
    void theChallengeRefusesToSignWhatCouldPassForADelivery() throws Exception {
        // Its answer is the HMAC deliveries are signed with: signing a JSON body would forge one.
        String delivery = new String(fixture("aaa-direct-message.json"), java.nio.charset.StandardCharsets.UTF_8);
        webhook.perform(get("/webhooks/twitter").param("crc_token", delivery))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.response_token").doesNotExist());
    }

    @Test
    void challengeWithoutATokenIsABadRequest() throws Exception {
        webhook.perform(get("/webhooks/twitter")).andExpect(status().isBadRequest());
    }

    @Test
    void signedMentionIsStoredLikeAPolledOne() throws Exception {
        deliver(fixture("aaa-mention.json")).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));

        InboundMessage message = inbound.stored().get(0);
        assertThat(message.eventId()).isEqualTo("tweet:1800000000000000100");
        assertThat(message.messageId()).isEqualTo("1800000000000000100");
        assertThat(message.conversationKey()).isEqualTo("1800000000000000100");
        assertThat(message.chat()).isEqualTo(new ChatRef("1800000000000000100", null, "conversation"));
        assertThat(message.author()).isEqualTo(new Author(ANNA_ID, "Anna K", "anna_trades", "en"));
        assertThat(message.text()).isEqualTo("how do I reset 2FA? I lost my phone & my backup codes");
        assertThat(message.receivedAt()).isEqualTo(Instant.parse("2025-03-01T09:40:00Z"));
        assertThat(message.privateChat()).isFalse();
        assertThat(message.addressesBot()).isTrue();
        assertThat(x.getRequestCount()).as("a tweet starting a conversation needs no lookup").isZero();
    }

    @Test
    void whereAMentionsTcoLinkLeadsGoesWithIt() throws Exception {
        deliver(fixture("aaa-mention-with-link.json")).andExpect(status().isOk());

        InboundMessage message = inbound.stored().get(0);
        assertThat(message.text()).isEqualTo("withdrawals fixed here https://t.co/Ph1shL1nk0");
        assertThat(message.linkTargets())
                .containsExactly(entry("https://t.co/Ph1shL1nk0", "https://novaex-support.net/withdraw"));
    }

    @Test
    void mentionDeliveredByWebhookAndByPollIsStoredOnce() throws Exception {
        deliver(fixture("aaa-mention.json")).andExpect(status().isOk());
        V2.Page polled = V2.Page.read(json, XFixtures.page(XFixtures.mention("1800000000000000100", ANNA_ID,
                "@ExchangeHelp how do I reset 2FA? I lost my phone &amp; my backup codes")).getBytes(StandardCharsets.UTF_8));

        InboundMessage fromPoll = new TweetMapper(ACCOUNT_ID, clock).map(polled.tweets().get(0), polled.includes())
                .orElseThrow();
        inbound.accept(fromPoll);

        InboundMessage fromWebhook = inbound.stored().get(0);
        assertThat(inbound.stored()).hasSize(1);
        assertThat(inbound.duplicates()).hasSize(1);
        assertThat(fromPoll.eventId()).isEqualTo(fromWebhook.eventId());
        assertThat(fromPoll.conversationKey()).isEqualTo(fromWebhook.conversationKey());
        assertThat(fromPoll.text()).isEqualTo(fromWebhook.text());
        assertThat(fromPoll.author()).isEqualTo(fromWebhook.author());
    }

    @Test
    void replyToOurOwnReplyJoinsTheQuestionsConversationWithoutAskingX() throws Exception {
        conversations.remember("1800000000000000150", "1800000000000000100");

        deliver(fixture("aaa-reply.json")).andExpect(status().isOk());

        InboundMessage followUp = inbound.stored().get(0);
        assertThat(followUp.conversationKey()).isEqualTo("1800000000000000100");
        assertThat(followUp.replyToMessageId()).isEqualTo("1800000000000000150");
        assertThat(followUp.text()).isEqualTo("that did not work, still no SMS");
        assertThat(x.getRequestCount()).isZero();
    }

    @Test
    void replyToATweetWeHaveNotSeenTakesItsConversationFromX() throws Exception {
        x.enqueue(new MockResponse().addHeader("Content-Type", "application/json")
                .addHeader("x-rate-limit-remaining", "14")
                .setBody("{\"data\":{\"id\":\"1800000000000000200\",\"text\":\"...\",\"conversation_id\":\"1799999999999999000\","
                        + "\"edit_history_tweet_ids\":[\"1800000000000000200\"]}}"));

        deliver(fixture("aaa-reply.json")).andExpect(status().isOk());

        assertThat(inbound.stored().get(0).conversationKey()).isEqualTo("1799999999999999000");
        RecordedRequest lookup = x.takeRequest();
        assertThat(lookup.getPath()).isEqualTo("/2/tweets/1800000000000000200?tweet.fields=conversation_id");
        assertThat(lookup.getHeader("Authorization")).isEqualTo("Bearer app-bearer");
    }

    @Test
    void replyWhoseConversationCannotBeLookedUpIsLeftToThePoller() throws Exception {
        long reset = NOW.plusSeconds(900).getEpochSecond();
        x.enqueue(new MockResponse().setResponseCode(429).addHeader("x-rate-limit-remaining", "0")
                .addHeader("x-rate-limit-reset", reset).setBody(XFixtures.problem(429, "Too Many Requests")));

        deliver(fixture("aaa-reply.json")).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(0));
        deliver(fixture("aaa-reply.json")).andExpect(status().isOk());

        assertThat(inbound.stored()).isEmpty();
        assertThat(x.getRequestCount()).as("no lookup before X's reset").isEqualTo(1);
    }

    @Test
    void ourOwnTweetsAndRetweetsAreNotTakenIn() throws Exception {
        deliver(fixture("aaa-own-reply.json")).andExpect(status().isOk());
        deliver(fixture("aaa-retweet.json")).andExpect(status().isOk());

        assertThat(inbound.stored()).isEmpty();
        assertThat(x.getRequestCount()).isZero();
    }

    @Test
    void directMessageBecomesAPrivateConversationWithTheSender() throws Exception {
        deliver(fixture("aaa-direct-message.json")).andExpect(status().isOk());

        InboundMessage message = inbound.stored().get(0);
        assertThat(message.channel()).isEqualTo(Channel.TWITTER);
        assertThat(message.eventId()).isEqualTo("dm:1800000000000000899");
        assertThat(message.messageId()).isEqualTo("1800000000000000899");
        assertThat(message.conversationKey()).isEqualTo("dm:" + ANNA_ID);
        assertThat(message.chat()).isEqualTo(new ChatRef("dm:" + ANNA_ID, null, "dm"));
        assertThat(message.author()).isEqualTo(new Author(ANNA_ID, "Anna K", "anna_trades", null));
        assertThat(message.text()).isEqualTo("Hi, my withdrawal for order A7F3K9Q2 is stuck");
        assertThat(message.receivedAt()).isEqualTo(Instant.ofEpochMilli(1740824100000L));
        assertThat(message.privateChat()).isTrue();
        assertThat(message.addressesBot()).isTrue();
    }

    @Test
    void directMessagesWeSentAndOtherEventsAreNotTakenIn() throws Exception {
        deliver(fixture("aaa-own-direct-message.json")).andExpect(status().isOk());
        deliver(fixture("aaa-favorite.json")).andExpect(status().isOk());

        assertThat(inbound.stored()).isEmpty();
    }

    @Test
    void eventsForAnotherSubscribedAccountAreNotTakenIn() throws Exception {
        byte[] body = new String(fixture("aaa-mention.json"), StandardCharsets.UTF_8)
                .replace("\"for_user_id\": \"" + ACCOUNT_ID + "\"", "\"for_user_id\": \"42\"").getBytes(StandardCharsets.UTF_8);

        deliver(body).andExpect(status().isOk());

        assertThat(inbound.stored()).isEmpty();
    }

    @Test
    void wrongSignatureIsRefusedAndNothingIsStored() throws Exception {
        byte[] body = fixture("aaa-mention.json");

        webhook.perform(post("/webhooks/twitter").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("x-twitter-webhooks-signature", XFixtures.webhookSignature(body, "some-other-secret")))
                .andExpect(status().isUnauthorized());
        webhook.perform(post("/webhooks/twitter").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());

        assertThat(inbound.stored()).isEmpty();
    }

    @Test
    void signatureOfADifferentBodyIsRefused() throws Exception {
        byte[] original = fixture("aaa-mention.json");
        byte[] tampered = new String(original, StandardCharsets.UTF_8).replace("reset 2FA", "send me BTC")
                .getBytes(StandardCharsets.UTF_8);

        webhook.perform(post("/webhooks/twitter").contentType(MediaType.APPLICATION_JSON).content(tampered)
                        .header("x-twitter-webhooks-signature", XFixtures.webhookSignature(original, SECRET)))
                .andExpect(status().isUnauthorized());

        assertThat(inbound.stored()).isEmpty();
    }

    @Test
    void signedButMalformedJsonIsABadRequest() throws Exception {
        deliver("{\"for_user_id\": \"1490000000000000001\", \"tweet_create_events\": [".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest());
        deliver("{\"for_user_id\": \"1490000000000000001\", \"tweet_create_events\": {\"id\": 1}}"
                .getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("tweet_create_events is not an array"));

        assertThat(inbound.stored()).isEmpty();
    }

    @Test
    void deliveryLargerThanTheLimitIsRefused() throws Exception {
        byte[] huge = ("{\"for_user_id\": \"1490000000000000001\", \"padding\": \"" + "x".repeat(9_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        deliver(huge).andExpect(status().isPayloadTooLarge());

        assertThat(inbound.stored()).isEmpty();
    }

    private ResultActions deliver(byte[] body) throws Exception {
        return webhook.perform(post("/webhooks/twitter").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("x-twitter-webhooks-signature", XFixtures.webhookSignature(body, SECRET)));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = AccountActivityWebhookTest.class.getResourceAsStream("/twitter/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
