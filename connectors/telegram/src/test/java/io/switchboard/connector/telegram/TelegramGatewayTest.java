package io.switchboard.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Choice;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.DeliveryReceipt;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.testing.RecordingInboundPort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelegramGatewayTest {

    private static final String FORUM = "-1001500000002";
    private static final String ALICE = "4100001";

    private final MockWebServer telegram = new MockWebServer();
    private final RecordingInboundPort port = new RecordingInboundPort();
    private BotApi api;
    private TelegramGateway gateway;

    @BeforeEach
    void start() throws IOException {
        telegram.start(InetAddress.getByName("127.0.0.1"), 0);
        URI url = URI.create("http://127.0.0.1:" + telegram.getPort());
        api = new BotApi(TestBot.polling(url, Duration.ofMillis(500)), new PlatformContact(Clock.systemUTC()));
        gateway = new TelegramGateway(api, port, new TelegramModeration(Clock.systemUTC()), List.of());
    }

    @AfterEach
    void stop() throws IOException {
        api.close();
        telegram.shutdown();
    }

    private static MockResponse sent(String chatId, int messageId) {
        return FakeBotApi.ok("{\"message_id\":" + messageId + ",\"from\":{\"id\":" + TestBot.ID
                + ",\"is_bot\":true,\"first_name\":\"Exchange Help\",\"username\":\"" + TestBot.USERNAME + "\"},"
                + "\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"date\":1732522000,\"text\":\"ok\"}");
    }

    private DeliveryException failure(OutboundMessage message) {
        DeliveryException failure = catchThrowableOfType(() -> gateway.send(message), DeliveryException.class);
        assertThat(failure).as("delivery must fail").isNotNull();
        assertThat(failure.getMessage()).doesNotContain(TestBot.TOKEN).doesNotContain("AAHfake");
        return failure;
    }

    private static OutboundMessage toAlice(String text) {
        return new OutboundMessage(Channel.TELEGRAM, ALICE, ALICE, null, text, TextFormat.PLAIN);
    }

    @Test
    void repliesInsideTheForumTopicToTheAnsweredMessage() throws InterruptedException {
        telegram.enqueue(sent(FORUM, 990));

        DeliveryReceipt receipt = gateway.send(new OutboundMessage(Channel.TELEGRAM, FORUM, FORUM + ":77",
                FORUM + ":912", "<b>Withdrawals</b> take up to 30 minutes.", TextFormat.HTML));

        assertThat(receipt.messageId()).isEqualTo(FORUM + ":990");
        RecordedRequest request = telegram.takeRequest();
        assertThat(request.getPath()).isEqualToIgnoringCase("/bot" + TestBot.TOKEN + "/sendMessage");
        JsonNode body = TestBot.parse(request.getBody().readUtf8());
        assertThat(body.get("chat_id").asText()).isEqualTo(FORUM);
        assertThat(body.get("text").asText()).isEqualTo("<b>Withdrawals</b> take up to 30 minutes.");
        assertThat(body.get("message_thread_id").asInt()).isEqualTo(77);
        assertThat(body.get("reply_parameters").get("message_id").asInt()).isEqualTo(912);
        assertThat(body.get("reply_parameters").get("allow_sending_without_reply").asBoolean()).isTrue();
        assertThat(body.get("parse_mode").asText()).isEqualTo("HTML");
    }

    @Test
    void choicesAreAnInlineKeyboardOneButtonARowInPrivateChatsOnly() throws InterruptedException {
        telegram.enqueue(sent(ALICE, 993));

        gateway.send(new OutboundMessage(Channel.TELEGRAM, ALICE, ALICE, null, "Did this solve it?", TextFormat.PLAIN,
                Sender.BOT_ANSWER, List.of(new Choice("✅ Yes", "sb1:7:y"), new Choice("❌ No", "sb1:7:n"))));

        JsonNode keyboard = TestBot.parse(telegram.takeRequest().getBody().readUtf8()).get("reply_markup")
                .get("inline_keyboard");
        assertThat(keyboard).hasSize(2);
        assertThat(keyboard.get(0).get(0).get("text").asText()).isEqualTo("✅ Yes");
        assertThat(keyboard.get(0).get(0).get("callback_data").asText()).isEqualTo("sb1:7:y");
        assertThat(keyboard.get(1).get(0).get("callback_data").asText()).isEqualTo("sb1:7:n");
        assertThat(gateway.offersChoices(ALICE)).isTrue();
        assertThat(gateway.offersChoices(FORUM)).as("a group").isFalse();
        assertThat(gateway.offersChoices(FORUM + ":77")).as("a forum topic").isFalse();
    }

    @Test
    void plainAndMarkdownRepliesGoOutAsPlainTextWithoutTopicOrReply() throws InterruptedException {
        telegram.enqueue(sent(ALICE, 991));
        telegram.enqueue(sent(ALICE, 992));

        assertThat(gateway.send(toAlice("Your ticket is T-42")).messageId()).isEqualTo(ALICE + ":991");
        gateway.send(new OutboundMessage(Channel.TELEGRAM, ALICE, ALICE, null, "*Hi*", TextFormat.MARKDOWN));

        for (int i = 0; i < 2; i++) {
            JsonNode body = TestBot.parse(telegram.takeRequest().getBody().readUtf8());
            assertThat(body.has("message_thread_id")).isFalse();
            assertThat(body.has("reply_parameters")).isFalse();
            assertThat(body.has("parse_mode")).isFalse();
        }
    }

    @Test
    void tooManyRequestsIsRateLimitedForAsLongAsTelegramSays() {
        telegram.enqueue(FakeBotApi.tooManyRequests(3));

        DeliveryException failure = failure(toAlice("hi"));

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(api.contact().rateLimits()).as("for switchboard.platform.rate.limited").isEqualTo(1);
    }

    @Test
    void serverErrorIsTransient() {
        telegram.enqueue(FakeBotApi.error(500, "Internal Server Error"));

        DeliveryException failure = failure(toAlice("hi"));

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(failure.answered()).as("Telegram answered: nothing was posted").isTrue();
        assertThat(failure.getMessage()).contains("500");
    }

    @Test
    void proxyErrorPageIsTransient() {
        telegram.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));

        DeliveryException failure = failure(toAlice("hi"));

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(failure.getMessage()).contains("unreadable reply");
    }

    @Test
    void timeoutIsTransientAndMayHavePosted() {
        telegram.enqueue(sent(ALICE, 993).setHeadersDelay(1500, TimeUnit.MILLISECONDS));

        DeliveryException failure = failure(toAlice("hi"));

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(failure.answered()).as("Telegram may have posted it before the timeout").isFalse();
        assertThat(failure.getMessage()).contains("timed out");
    }

    @Test
    void unreachableServerIsTransient() throws IOException {
        telegram.shutdown();

        DeliveryException failure = failure(toAlice("hi"));

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.TRANSIENT);
        assertThat(failure.answered()).as("nothing reached Telegram").isTrue();
    }

    @Test
    void blockedBotIsPermanentAndMarksTheChatUnreachable() {
        telegram.enqueue(FakeBotApi.error(403, "Forbidden: bot was blocked by the user"));

        DeliveryException failure = failure(toAlice("hi"));

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("bot was blocked by the user");
        assertThat(port.reachability()).containsExactly(
                new RecordingInboundPort.ReachabilityChange(Channel.TELEGRAM, ALICE, false));
    }

    @Test
    void chatNotFoundIsPermanentButLeavesReachabilityAlone() {
        telegram.enqueue(FakeBotApi.error(400, "Bad Request: chat not found"));

        assertThat(failure(toAlice("hi")).kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(port.reachability()).isEmpty();
    }

    @Test
    void replyReferenceFromAnotherChatIsRefusedWithoutCallingTelegram() {
        OutboundMessage crossed = new OutboundMessage(Channel.TELEGRAM, ALICE, ALICE, FORUM + ":912", "hi",
                TextFormat.PLAIN);

        DeliveryException failure = failure(crossed);

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("another chat");
        assertThat(telegram.getRequestCount()).isZero();
    }
}
