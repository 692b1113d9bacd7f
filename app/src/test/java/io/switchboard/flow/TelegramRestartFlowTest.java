package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.SwitchboardApplication;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
import io.switchboard.testing.TelegramUpdates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A restart in the middle of a burst of questions: every question gets exactly one reply, none is
 * lost and none is answered twice, with the database kept in files as in production.
 */
class TelegramRestartFlowTest {

    /**
     * More replies than Telegram's 30 a second: the outbox sends to several chats at once as soon as a reply is
     * decided, so a smaller burst could be answered in full before the restart.
     */
    private static final int BURST = 120;
    private static final String[] QUESTIONS = {
        "How do I reset my 2FA? I lost my phone",
        "My deposit has not arrived after 2 hours, what should I check?",
        "How do I enable 2FA on my account?",
        "I forgot my password, how can I reset it?",
        "忘记登录密码了怎么重置",
        "What is the withdrawal fee for USDT?",
    };

    @TempDir
    Path dataDir;

    @Test
    void aRestartInTheMiddleOfABurstLosesNothingAndAnswersNothingTwice() throws Exception {
        try (FakeTelegramServer telegram = new FakeTelegramServer()) {
            String jdbcUrl = "jdbc:h2:file:" + Files.createDirectories(dataDir).resolve("switchboard").toAbsolutePath()
                    + ";" + FlowTestSupport.H2_MODE.replace(";DB_CLOSE_DELAY=-1", "");
            for (int i = 0; i < BURST; i++) {
                long updateId = 1000 + i;
                telegram.publish(updateId, TelegramUpdates.privateText(updateId, 100 + i, 8000 + i, "en",
                        QUESTIONS[i % QUESTIONS.length]));
            }

            ConfigurableApplicationContext first = start(telegram, jdbcUrl);
            await().atMost(Duration.ofSeconds(60)).until(() -> telegram.sentMessages().size() >= 3);
            first.close();
            int sentBeforeRestart = telegram.sentMessages().size();

            ConfigurableApplicationContext second = start(telegram, jdbcUrl);
            try {
                await().atMost(Duration.ofSeconds(90)).until(() -> telegram.sentMessages().size() >= BURST);
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                        .until(() -> telegram.sentMessages().size() == BURST);
            } finally {
                second.close();
            }

            assertThat(sentBeforeRestart).as("the restart really happened mid-burst").isLessThan(BURST);
            Map<String, Long> repliesPerChat = telegram.sentMessages().stream()
                    .collect(Collectors.groupingBy(SentMessage::chatId, Collectors.counting()));
            assertThat(repliesPerChat).hasSize(BURST).allSatisfy((chat, count) -> assertThat(count).isEqualTo(1));
            assertThat(telegram.sentMessages().stream().collect(Collectors.toMap(
                            SentMessage::chatId, SentMessage::replyToMessageId, (a, b) -> a)))
                    .allSatisfy((chat, replyTo) -> assertThat(replyTo).isEqualTo(Integer.parseInt(chat) - 8000 + 100));
            assertThat(telegram.unconfirmedUpdates()).isZero();
        }
    }

    /**
     * Two replies a poll: a graceful shutdown finishes the batch it is delivering, and with the default
     * batch a loaded machine could have had the whole burst in that one batch, so nothing was left for
     * the restarted instance to prove.
     */
    private static ConfigurableApplicationContext start(FakeTelegramServer telegram, String jdbcUrl) {
        return new SpringApplicationBuilder(SwitchboardApplication.class)
                .run(concat(FlowTestSupport.arguments(telegram, "polling", jdbcUrl), "--server.port=0",
                        "--switchboard.router.outbox-batch-size=2"));
    }

    private static String[] concat(String[] arguments, String... extra) {
        String[] all = java.util.Arrays.copyOf(arguments, arguments.length + extra.length);
        System.arraycopy(extra, 0, all, arguments.length, extra.length);
        return all;
    }
}
