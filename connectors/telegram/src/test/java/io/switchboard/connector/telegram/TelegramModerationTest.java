package io.switchboard.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.gateway.ModerationRequest;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.testing.RecordingInboundPort;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelegramModerationTest {

    private static final String SUPERGROUP = "-1001500000001";
    private static final String GROUP = "-4500000001";
    private static final String SCAMMER = "4100009";
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final MockWebServer telegram = new MockWebServer();
    private BotApi api;
    private TelegramGateway gateway;

    @BeforeEach
    void start() throws IOException {
        telegram.start(InetAddress.getByName("127.0.0.1"), 0);
        URI url = URI.create("http://127.0.0.1:" + telegram.getPort());
        api = new BotApi(TestBot.polling(url, Duration.ofSeconds(2)), new PlatformContact(Clock.systemUTC()));
        gateway = new TelegramGateway(api, new RecordingInboundPort(),
                new TelegramModeration(Clock.fixed(NOW, ZoneOffset.UTC)), java.util.List.of());
    }

    @AfterEach
    void stop() throws IOException {
        api.close();
        telegram.shutdown();
    }

    private static ModerationRequest request(ModerationAction action, String conversation, Duration duration) {
        String chat = TelegramModeration.chatOf(conversation);
        return new ModerationRequest(action, conversation, chat + ":5140", SCAMMER, duration, "mod", "scam");
    }

    private JsonNode call(String method) throws InterruptedException {
        RecordedRequest request = telegram.takeRequest();
        assertThat(request.getPath()).isEqualToIgnoringCase("/bot" + TestBot.TOKEN + "/" + method);
        return TestBot.parse(request.getBody().readUtf8());
    }

    private DeliveryException failure(ModerationRequest request) {
        DeliveryException failure = catchThrowableOfType(() -> gateway.moderate(request), DeliveryException.class);
        assertThat(failure).as("moderation must fail").isNotNull();
        assertThat(failure.getMessage()).doesNotContain(TestBot.TOKEN).doesNotContain("AAHfake");
        return failure;
    }

    @Test
    void supergroupsOfferEverythingGroupsNoMutePrivateChatsOnlyDelete() {
        assertThat(gateway.moderationActions(SUPERGROUP + ":77")).containsExactlyInAnyOrder(ModerationAction.DELETE,
                ModerationAction.MUTE, ModerationAction.UNMUTE, ModerationAction.BAN, ModerationAction.UNBAN);
        assertThat(gateway.moderationActions(GROUP)).containsExactlyInAnyOrder(ModerationAction.DELETE,
                ModerationAction.BAN, ModerationAction.UNBAN);
        assertThat(gateway.moderationActions("4100001")).containsExactly(ModerationAction.DELETE);
    }

    @Test
    void deleteRemovesTheMessageFromItsChat() throws InterruptedException {
        telegram.enqueue(FakeBotApi.ok("true"));

        gateway.moderate(request(ModerationAction.DELETE, SUPERGROUP + ":77", null));

        JsonNode body = call("deleteMessage");
        assertThat(body.get("chat_id").asText()).isEqualTo(SUPERGROUP);
        assertThat(body.get("message_id").asInt()).isEqualTo(5140);
    }

    @Test
    void muteTakesEveryPermissionUntilTheEndOfTheDurationAndUnmuteGivesThemBack() throws InterruptedException {
        telegram.enqueue(FakeBotApi.ok("true"));
        telegram.enqueue(FakeBotApi.ok("true"));

        gateway.moderate(request(ModerationAction.MUTE, SUPERGROUP, Duration.ofMinutes(60)));
        gateway.moderate(request(ModerationAction.UNMUTE, SUPERGROUP, null));

        JsonNode mute = call("restrictChatMember");
        assertThat(mute.get("chat_id").asText()).isEqualTo(SUPERGROUP);
        assertThat(mute.get("user_id").asLong()).isEqualTo(Long.parseLong(SCAMMER));
        assertThat(mute.get("until_date").asLong()).isEqualTo(NOW.plusSeconds(3600).getEpochSecond());
        assertThat(mute.get("permissions").get("can_send_messages").asBoolean()).isFalse();
        assertThat(mute.get("permissions").get("can_send_photos").asBoolean()).isFalse();
        JsonNode unmute = call("restrictChatMember");
        assertThat(unmute.get("permissions").get("can_send_messages").asBoolean()).isTrue();
        assertThat(unmute.get("permissions").get("can_send_other_messages").asBoolean()).isTrue();
        assertThat(unmute.has("until_date")).isFalse();
    }

    @Test
    void banIsForGoodWithoutDurationAndUnbanOnlyLiftsABan() throws InterruptedException {
        telegram.enqueue(FakeBotApi.ok("true"));
        telegram.enqueue(FakeBotApi.ok("true"));

        gateway.moderate(request(ModerationAction.BAN, GROUP, null));
        gateway.moderate(request(ModerationAction.UNBAN, GROUP, null));

        JsonNode ban = call("banChatMember");
        assertThat(ban.get("chat_id").asText()).isEqualTo(GROUP);
        assertThat(ban.get("user_id").asLong()).isEqualTo(Long.parseLong(SCAMMER));
        assertThat(ban.has("until_date")).isFalse();
        JsonNode unban = call("unbanChatMember");
        assertThat(unban.get("only_if_banned").asBoolean()).isTrue();
    }

    @Test
    void missingAdminRightsArePermanentAndSayWhichRight() {
        telegram.enqueue(FakeBotApi.error(400, "Bad Request: not enough rights to restrict/unrestrict chat member"));
        telegram.enqueue(FakeBotApi.error(400, "Bad Request: message can't be deleted"));
        telegram.enqueue(FakeBotApi.error(400, "Bad Request: user is an administrator of the chat"));

        DeliveryException mute = failure(request(ModerationAction.MUTE, SUPERGROUP, null));
        assertThat(mute.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(mute.getMessage()).contains("not an admin of chat " + SUPERGROUP + " with the right to ban users")
                .contains("not enough rights");
        DeliveryException delete = failure(request(ModerationAction.DELETE, SUPERGROUP, null));
        assertThat(delete.getMessage()).contains("over 48 hours old, or the bot is not an admin with the right to"
                + " delete messages");
        DeliveryException admin = failure(request(ModerationAction.BAN, SUPERGROUP, null));
        assertThat(admin.getMessage()).isEqualTo("Telegram refused to ban in chat " + SUPERGROUP
                + ": Bad Request: user is an administrator of the chat");
    }

    @Test
    void tooManyRequestsIsRateLimitedAndServerErrorsTransient() {
        telegram.enqueue(FakeBotApi.tooManyRequests(7));
        telegram.enqueue(FakeBotApi.error(502, "Bad Gateway"));
        telegram.enqueue(FakeBotApi.error(403, "Forbidden: bot was kicked from the supergroup chat"));

        DeliveryException limited = failure(request(ModerationAction.BAN, SUPERGROUP, null));
        assertThat(limited.kind()).isEqualTo(DeliveryException.Kind.RATE_LIMITED);
        assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(failure(request(ModerationAction.BAN, SUPERGROUP, null)).kind())
                .isEqualTo(DeliveryException.Kind.TRANSIENT);
        DeliveryException kicked = failure(request(ModerationAction.BAN, SUPERGROUP, null));
        assertThat(kicked.kind()).isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(kicked.getMessage()).contains("bot was kicked");
    }

    @Test
    void whatTelegramCannotDoIsRefusedWithoutCallingIt() {
        assertThat(failure(request(ModerationAction.MUTE, GROUP, null)).getMessage())
                .contains("muting needs a supergroup");
        assertThat(failure(request(ModerationAction.BAN, "4100001", null)).getMessage()).contains("a private chat");
        assertThat(failure(new ModerationRequest(ModerationAction.BAN, SUPERGROUP, SUPERGROUP + ":5140",
                "-1001700000009", null, "mod", null)).getMessage()).contains("on behalf of a channel");
        assertThat(failure(request(ModerationAction.HIDE, SUPERGROUP, null)).kind())
                .isEqualTo(DeliveryException.Kind.PERMANENT);
        assertThat(telegram.getRequestCount()).isZero();
    }
}
