package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.SwitchboardApplication;
import io.switchboard.flow.WebhookBurst.Update;
import io.switchboard.testing.ChildApplication;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise that every acknowledged platform event is stored, kept through {@code kill -9}: the
 * whole application in a child JVM on the database settings it ships with, a burst of private
 * questions through the Telegram webhook, the process killed mid-burst, restarted on the same
 * database, and every update that was not acknowledged posted again, as Telegram does.
 */
class WebhookCrashFlowTest {

    /** 300 in the build; the drill in docs/operations.md runs it with -Dswitchboard.crash.updates=3000. */
    static final int UPDATES = Integer.getInteger("switchboard.crash.updates", 300);
    static final int CLIENTS = 8;
    /** The outbox sends at most 30 replies a second (Telegram's bot limit): a larger burst takes longer. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(Math.max(120, UPDATES / 10));
    private static final long FIRST_CHAT = 9_400_000_000L;
    /** Short, so that the reply in flight at the kill is claimed again within the test. */
    static final String LEASE = "5s";
    static final Duration STARTUP = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void afterKillNineEveryAcknowledgedUpdateIsStoredAndDecidedOnceAndAtMostTheReplyInFlightIsSentTwice()
            throws Exception {
        List<Update> updates = questions(UPDATES);
        String database = FlowTestSupport.shippedH2Url(dir.resolve("switchboard"));
        WebhookBurst burst = new WebhookBurst();
        try (FakeTelegramServer telegram = FlowTestSupport.startTelegram()) {
            List<String> arguments = new ArrayList<>(List.of(FlowTestSupport.arguments(telegram, "webhook", database)));
            arguments.add("--switchboard.router.delivery-lease=" + LEASE);
            Path log = dir.resolve("switchboard.log");

            try (ChildApplication first = ChildApplication.start(SwitchboardApplication.class.getName(), log, arguments)) {
                first.waitUntilReady(STARTUP);
                CompletableFuture<Void> posting = CompletableFuture.runAsync(() -> {
                    try {
                        burst.postEach(first.port(), CLIENTS, updates);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
                        .until(() -> burst.acknowledgedCount() >= UPDATES / 2);
                first.kill9();
                posting.join();
            }
            Set<Long> acknowledgedBeforeKill = burst.acknowledged();
            assertThat(acknowledgedBeforeKill).as("the kill came in the middle of the burst").hasSizeLessThan(UPDATES);

            try (ChildApplication second = ChildApplication.start(SwitchboardApplication.class.getName(), log, arguments)) {
                second.waitUntilReady(STARTUP);
                burst.postUntilAcknowledged(second.port(), CLIENTS, burst.unacknowledged(updates));
                awaitAnswers(telegram, second);
                second.terminate();
            }

            assertNothingLostOrDoubled(database, "sa", acknowledgedBeforeKill, telegram);
        }
    }

    /**
     * Waits until every question was answered and nothing is claimed and unsent any more (the reply
     * in flight at the kill); gives up after {@link #ANSWERED_WITHIN}, as a lost update is never answered: the
     * assertions of {@link #assertNothingLostOrDoubled} then name what is missing.
     */
    static void awaitAnswers(FakeTelegramServer telegram, ChildApplication app) {
        try {
            await().atMost(ANSWERED_WITHIN).pollInterval(Duration.ofMillis(500))
                    .until(() -> WebhookBurst.repliesPerChat(telegram).size() == UPDATES && pendingReplies(app) == 0);
        } catch (ConditionTimeoutException e) {
            // reported by the assertions
        }
    }

    /** One private question per update, each from a member of their own, so each chat expects one answer. */
    static List<Update> questions(int count) {
        return LongStream.rangeClosed(1, count)
                .mapToObj(id -> new Update(id, TelegramUpdates.privateText(id, id, FIRST_CHAT + id, "en",
                        "How do I enable 2FA on my account?")))
                .toList();
    }

    /**
     * Once the applications stopped: every update acknowledged before the kill is in the database,
     * every update is stored once and decided once, every question was answered, and at most one
     * answer (the one in flight at the kill) was sent twice.
     */
    static void assertNothingLostOrDoubled(String database, String user, Set<Long> acknowledgedBeforeKill,
            FakeTelegramServer telegram) throws SQLException {
        Map<String, Long> stored = FlowTestSupport.countsPerKey(database, user,
                "select event_id, count(*) from inbound_event group by event_id");
        List<String> lost = acknowledgedBeforeKill.stream().map(String::valueOf)
                .filter(id -> !stored.containsKey(id)).toList();
        Map<String, Long> replies = WebhookBurst.repliesPerChat(telegram);
        long sentTwice = replies.values().stream().mapToLong(count -> count - 1).sum();
        System.out.printf("kill -9 after %d of %d acknowledged: %d lost, %d replies sent twice%n",
                acknowledgedBeforeKill.size(), UPDATES, lost.size(), sentTwice);

        assertThat(lost).as("acknowledged before the kill, missing after it").isEmpty();
        assertThat(stored).as("every update stored once").hasSize(UPDATES)
                .allSatisfy((id, count) -> assertThat(count).isOne());
        assertThat(FlowTestSupport.countsPerKey(database, user,
                "select status, count(*) from inbound_event group by status"))
                .as("every update decided").containsExactly(Map.entry("PROCESSED", (long) UPDATES));
        assertThat(FlowTestSupport.countsPerKey(database, user,
                "select chat_id, count(*) from outbox_entry group by chat_id"))
                .as("one reply decided per question").hasSize(UPDATES)
                .allSatisfy((chat, count) -> assertThat(count).isOne());
        assertThat(replies).as("every question answered").hasSize(UPDATES);
        assertThat(sentTwice).as("only the reply in flight at the kill may have been sent twice")
                .isLessThanOrEqualTo(1);
    }

    private static long pendingReplies(ChildApplication app) throws Exception {
        HttpResponse<String> page = FlowTestSupport.get(app.port(), "/api/outbox?status=PENDING", true);
        assertThat(page.statusCode()).isEqualTo(200);
        return JSON.readTree(page.body()).path("totalElements").asLong();
    }
}
