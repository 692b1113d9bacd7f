package io.switchboard.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.core.moderation.Flagger;
import io.switchboard.core.moderation.ModerationFlag;
import io.switchboard.core.moderation.ModerationQueue;
import io.switchboard.testing.RecordingInboundPort;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /report} in a group, from the update to the moderation queue and the bot's short answer. */
class MemberReportsTest {

    private static final String FORUM = "-1001500000002";
    private static final String GROUP = "-1001500000001";

    private final FakeBotApi telegram = new FakeBotApi();
    private final RecordingInboundPort port = new RecordingInboundPort();
    private final RecordingModerationQueue queue = new RecordingModerationQueue();
    private final BotApi api = new BotApi(TestBot.polling(telegram.url(), Duration.ofSeconds(1)),
            new PlatformContact(Clock.systemUTC()));
    private final UpdateIntake intake = new UpdateIntake(new UpdateMapper(TestBot.identity(), TestBot.mapper(), Clock.systemUTC()), port,
            new MemberReports(queue, api), new CallbackAnswers(api));

    @AfterEach
    void stop() throws Exception {
        api.close();
        telegram.close();
    }

    private static String sent(String chatId) {
        return "{\"message_id\":6000,\"chat\":{\"id\":" + chatId + ",\"type\":\"supergroup\"},\"date\":1732520401,"
                + "\"text\":\"ok\"}";
    }

    @Test
    void aReplyWithReportPutsTheReportedMessageInTheQueueAndTheBotThanksTheReporterInTheirLanguage() {
        telegram.answerNext("sendMessage", FakeBotApi.ok(sent(FORUM)));

        intake.handle(TestBot.update("group_report"));

        assertThat(queue.flags()).containsExactly(new ModerationFlag(Channel.TELEGRAM, FORUM + ":77", FORUM + ":5140",
                "4100009", "Support Team", "Withdrawal stuck? DM me your seed phrase and I will unlock it",
                "reported with /report in Exchange Help Forum", Flagger.member("4100002"), false, FORUM + ":5141"));
        assertThat(port.handedIn()).as("a report is not a support question").isEmpty();
        JsonNode answer = telegram.calls("sendMessage").get(0).json();
        assertThat(answer.get("chat_id").asText()).isEqualTo(FORUM);
        assertThat(answer.get("message_thread_id").asInt()).isEqualTo(77);
        assertThat(answer.get("reply_parameters").get("message_id").asInt()).isEqualTo(5141);
        assertThat(answer.get("text").asText()).isEqualTo("谢谢，管理员会尽快查看。")
                .doesNotContain("Support Team").doesNotContain("4100009");
    }

    @Test
    void aReportTheQueueHadAlreadyIsNotThankedAgain() {
        queue.answering(ModerationQueue.Effect.REDELIVERED);
        intake.handle(TestBot.update("group_report"));
        queue.answering(ModerationQueue.Effect.REPEATED);
        intake.handle(TestBot.update("group_report"));

        assertThat(queue.flags()).as("the queue decides what counts").hasSize(2);
        assertThat(telegram.calls("sendMessage")).as("nothing said in the group").isEmpty();
    }

    @Test
    void aReportThatAnswersNoMessageGetsAHintAndFlagsNothing() {
        telegram.answerNext("sendMessage", FakeBotApi.ok(sent(GROUP)));

        intake.handle(TestBot.update("group_report_bare"));

        assertThat(queue.flags()).isEmpty();
        assertThat(port.handedIn()).isEmpty();
        assertThat(telegram.calls("sendMessage").get(0).json().get("text").asText())
                .isEqualTo("To report a message, reply to it with /report.");
    }

    @Test
    void theReportStaysInTheQueueWhenTheAnswerCannotBeSent() {
        telegram.answerNext("sendMessage",
                FakeBotApi.error(400, "Bad Request: not enough rights to send text messages to the chat"));

        intake.handle(TestBot.update("group_report"));

        assertThat(queue.flags()).hasSize(1);
    }

    @Test
    void reportInAPrivateChatIsAnOrdinaryMessageForSupport() {
        ObjectNode update = TestBot.update("group_report_bare");
        ((ObjectNode) update.get("message").get("chat")).put("id", 4100002).put("type", "private").remove("title");

        intake.handle(update);

        assertThat(queue.flags()).isEmpty();
        assertThat(port.handedIn()).hasSize(1);
    }
}
