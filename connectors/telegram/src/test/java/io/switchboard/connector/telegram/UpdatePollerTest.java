package io.switchboard.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.testing.RecordingInboundPort;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpdatePollerTest {

    private final FakeBotApi telegram = new FakeBotApi();
    private final RecordingInboundPort port = new RecordingInboundPort();
    private final TelegramProperties properties = TestBot.polling(telegram.url(), Duration.ofSeconds(1));
    private final BotApi api = new BotApi(properties, new PlatformContact(Clock.systemUTC()));
    private final UpdatePoller poller = new UpdatePoller(api,
            new UpdateIntake(new UpdateMapper(TestBot.identity(), TestBot.mapper(), Clock.systemUTC()), port,
                    new MemberReports(new RecordingModerationQueue(), api), new CallbackAnswers(api)), properties);

    @AfterEach
    void stop() throws Exception {
        api.close();
        telegram.close();
    }

    private List<JsonNode> getUpdatesRequests() {
        return telegram.calls("getUpdates").stream().map(FakeBotApi.Call::json).toList();
    }

    @Test
    void acceptsEveryUpdateInOrderAndConfirmsThemWithTheNextOffset() {
        telegram.addUpdates(TestBot.update("private_text"), TestBot.update("group_mention"));

        assertThat(poller.poll()).isZero();
        assertThat(port.handedInEventIds()).containsExactly("815000001", "815000002");

        assertThat(poller.poll()).isZero();
        List<JsonNode> requests = getUpdatesRequests();
        assertThat(requests.get(0).has("offset")).isFalse();
        assertThat(requests.get(0).get("timeout").asInt()).isZero();
        assertThat(requests.get(0).get("allowed_updates")).extracting(JsonNode::asText).containsExactly(
                "message", "edited_message", "channel_post", "edited_channel_post", "my_chat_member", "chat_member",
                "callback_query");
        assertThat(requests.get(1).get("offset").asLong()).isEqualTo(815000003L);
        assertThat(port.handedInEventIds()).as("confirmed updates do not come again").hasSize(2);
        assertThat(telegram.calls().get(0).path()).isEqualToIgnoringCase("/bot" + TestBot.TOKEN + "/getUpdates");
    }

    @Test
    void updateThePortCouldNotStoreStaysUnconfirmedAndIsFetchedAgain() {
        telegram.addUpdates(TestBot.update("private_text"), TestBot.update("group_mention"));
        port.failOnceOn("815000002");

        assertThat(poller.poll()).isPositive();
        assertThat(port.handedInEventIds()).containsExactly("815000001");

        assertThat(poller.poll()).isZero();
        assertThat(getUpdatesRequests().get(1).get("offset").asLong())
                .as("confirms the stored update only").isEqualTo(815000002L);
        assertThat(port.handedInEventIds()).containsExactly("815000001", "815000002");
    }

    @Test
    void waitsAsLongAsTelegramAsksAfterTooManyRequests() {
        telegram.answerNext("getUpdates", FakeBotApi.tooManyRequests(3));
        telegram.addUpdates(TestBot.update("private_text"));

        assertThat(poller.poll()).isEqualTo(Duration.ofSeconds(3));
        assertThat(port.handedIn()).isEmpty();

        assertThat(poller.poll()).isZero();
        assertThat(port.handedInEventIds()).containsExactly("815000001");
    }

    @Test
    void backsOffLongerAfterEachServerErrorAndCarriesOn() {
        telegram.answerNext("getUpdates", FakeBotApi.error(502, "Bad Gateway"));
        telegram.answerNext("getUpdates", FakeBotApi.error(500, "Internal Server Error"));
        telegram.addUpdates(TestBot.update("private_text"));

        Duration first = poller.poll();
        Duration second = poller.poll();
        assertThat(first).isEqualTo(TelegramRetries.BACKOFF.base());
        assertThat(second).isGreaterThan(first);

        assertThat(poller.poll()).isZero();
        assertThat(port.handedInEventIds()).containsExactly("815000001");
    }

    @Test
    void recoversFromAnAnswerSlowerThanTheTimeout() {
        TelegramProperties impatient = TestBot.polling(telegram.url(), Duration.ofMillis(400));
        try (BotApi impatientApi = new BotApi(impatient, new PlatformContact(Clock.systemUTC()))) {
            UpdatePoller impatientPoller = new UpdatePoller(impatientApi,
                    new UpdateIntake(new UpdateMapper(TestBot.identity(), TestBot.mapper(), Clock.systemUTC()), port,
                    new MemberReports(new RecordingModerationQueue(), impatientApi),
                    new CallbackAnswers(impatientApi)), impatient);
            telegram.answerNext("getUpdates", FakeBotApi.ok("[" + TestBot.update("group_mention") + "]")
                    .setHeadersDelay(1500, TimeUnit.MILLISECONDS));
            telegram.addUpdates(TestBot.update("private_text"));

            assertThat(impatientPoller.poll()).isPositive();
            assertThat(port.handedIn()).isEmpty();
            assertThat(impatientApi.contact().failing()).isTrue();

            assertThat(impatientPoller.poll()).isZero();
            assertThat(port.handedInEventIds()).containsExactly("815000001");
            assertThat(impatientApi.contact().failing()).isFalse();
        }
    }

    @Test
    void skipsAnUpdateItCannotReadInsteadOfStallingTheBot() {
        ObjectNode unreadable = TestBot.update("group_mention");
        ((ObjectNode) unreadable.get("message").get("from")).remove("is_bot");
        telegram.addUpdates(TestBot.update("private_text"), unreadable, TestBot.update("group_chatter"));

        assertThat(poller.poll()).isZero();
        assertThat(port.handedInEventIds()).containsExactly("815000001", "815000003");

        poller.poll();
        assertThat(getUpdatesRequests().get(1).get("offset").asLong()).isEqualTo(815000004L);
    }

    @Test
    void acknowledgesMembershipChangesAndUpdatesItDoesNotUse() {
        telegram.addUpdates(TestBot.update("my_chat_member_kicked"), TestBot.update("group_new_member"));

        assertThat(poller.poll()).isZero();
        assertThat(port.handedIn()).isEmpty();
        assertThat(port.reachability()).containsExactly(
                new RecordingInboundPort.ReachabilityChange(Channel.TELEGRAM, "4100001", false));

        poller.poll();
        assertThat(getUpdatesRequests().get(1).get("offset").asLong())
                .isEqualTo(TestBot.update("group_new_member").get("update_id").asLong() + 1);
    }

    @Test
    void aButtonPressIsStoredThenAnsweredAndAFailedAnswerHoldsNothingUp() {
        telegram.answerNext("answerCallbackQuery", FakeBotApi.error(400, "Bad Request: query is too old"));
        telegram.addUpdates(TestBot.update("callback_query"), TestBot.update("private_text"));

        poller.poll();

        assertThat(port.handedIn()).extracting(InboundMessage::kind)
                .containsExactly(InboundKind.CHOICE, InboundKind.MESSAGE);
        assertThat(telegram.calls("answerCallbackQuery")).singleElement()
                .satisfies(call -> assertThat(call.json().get("callback_query_id").asText())
                        .isEqualTo("4382bfdwdsb323b2d9"));
        poller.poll();
        assertThat(getUpdatesRequests().get(1).get("offset").asLong()).as("both acknowledged")
                .isEqualTo(TestBot.update("private_text").get("update_id").asLong() + 1);
    }
}
