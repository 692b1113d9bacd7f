package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.FakeTelegramServer.ModerationCall;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
import io.switchboard.testing.TelegramUpdates;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A scammer's trick on a Telegram group: an innocent message first, then an edit that puts a
 * lookalike phishing link in it. The edit goes through the guard like a new message: the message is
 * deleted and the group warned once, and nothing is answered for either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuardEditFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final String GROUP = String.valueOf(TelegramUpdates.GROUP_CHAT_ID);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "polling",
                "jdbc:h2:mem:guard-edit-flow;" + FlowTestSupport.H2_MODE);
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aMessageEditedIntoAPhishingLinkIsDeletedAndTheGroupWarnedOnce() throws Exception {
        long hello = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(hello, TelegramUpdates.groupText(hello, 401, 8811, "gm all, anyone trading the new pair?"));
        long edited = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(edited, TelegramUpdates.groupEdit(edited, 401, 8811,
                "gm all! Withdrawals are paused, verify your account at https://n0vaex-support.com/verify"));
        long reEdited = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(reEdited, TelegramUpdates.groupEdit(reEdited, 401, 8811,
                "gm all! Withdrawals are paused, verify your account at https://n0vaex-support.com/verify now"));
        long question = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(question, TelegramUpdates.groupMention(question, 402, 8812, "how do I reset 2FA?"));

        // intake keeps arrival order: once the question is answered, the edits before it were decided
        await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.sentTo(GROUP).stream()
                .anyMatch(sent -> Integer.valueOf(402).equals(sent.replyToMessageId())));
        await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.sentTo(GROUP).size() >= 2);

        assertThat(TELEGRAM.moderationCalls()).extracting(ModerationCall::method, ModerationCall::chatId,
                ModerationCall::messageId).containsExactly(tuple("deleteMessage", GROUP, 401));
        List<SentMessage> toGroup = TELEGRAM.sentTo(GROUP);
        assertThat(toGroup).filteredOn(sent -> sent.text().contains("Staff will never message you first"))
                .as("the group is warned once").hasSize(1);
        assertThat(toGroup).as("the edited message is not answered").noneMatch(
                sent -> Integer.valueOf(401).equals(sent.replyToMessageId()));

        assertThat(FlowTestSupport.guardDecisions(port)).singleElement().satisfies(decision -> {
            assertThat(decision.get("messageId").asText()).isEqualTo(GROUP + ":401");
            assertThat(decision.get("rule").asText()).isEqualTo("link.lookalike");
            assertThat(decision.get("action").asText()).isEqualTo("delete");
            assertThat(decision.get("outcome").asText()).isEqualTo("done");
            assertThat(decision.get("excerpt").asText()).contains("n0vaex-support.com");
        });
    }
}
