package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.testing.ChildApplication;
import io.switchboard.testing.FakeTelegramServer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise that every acknowledged platform event is stored and decided once, kept through {@code kill -9}:
 * the whole application in a child JVM on the database settings it ships with, a {@link ChatterBurst} through
 * the Telegram webhook, the process killed mid-burst, restarted on the same database, and every update that
 * was not acknowledged posted again, as Telegram does.
 */
class WebhookCrashFlowTest {

    /** 5,000 in the build; -Dswitchboard.crash.updates=... runs the drill in docs/operations.md with another size. */
    static final int UPDATES = Integer.getInteger("switchboard.crash.updates", 5000);
    static final int CLIENTS = 8;
    /** switchboard.router.outbox-senders (default): replies that can be in flight at once when the kill comes. */
    static final int OUTBOX_SENDERS = 4;
    /**
     * Shorter than the default 2 minutes, so that in the cluster the killed instance's reply in flight is claimed
     * again while it restarts; longer than one try takes on a busy 2-core machine: with 5 s, a fresh instance's
     * first send (at load average 40) outlasted its lease and the other instance sent that reply too.
     */
    static final String LEASE = "30s";

    @TempDir
    Path dir;

    @Test
    void afterKillNineEveryAcknowledgedUpdateIsStoredAndDecidedOnceAndAtMostTheReplyInFlightIsSentTwice()
            throws Exception {
        ChatterBurst updates = new ChatterBurst(UPDATES);
        String database = FlowTestSupport.shippedH2Url(dir.resolve("switchboard"));
        WebhookBurst burst = new WebhookBurst();
        try (FakeTelegramServer telegram = FlowTestSupport.startTelegram()) {
            List<String> arguments = new ArrayList<>(List.of(FlowTestSupport.arguments(telegram, "webhook", database)));
            arguments.add("--switchboard.router.delivery-lease=" + LEASE);
            Path log = dir.resolve("switchboard.log");

            try (ChildApplication first = FlowTestSupport.startChild(log, arguments)) {
                CompletableFuture<Void> posting = CompletableFuture.runAsync(
                        () -> post(burst, first, CLIENTS, updates.updates()));
                killMidBurst(burst, first);
                posting.join();
            }
            Set<Long> acknowledgedBeforeKill = burst.acknowledged();
            assertThat(acknowledgedBeforeKill).as("the kill came in the middle of the burst").hasSizeLessThan(UPDATES);

            try (ChildApplication second = FlowTestSupport.startChild(log, arguments)) {
                burst.postUntilAcknowledged(second.port(), CLIENTS, burst.unacknowledged(updates.updates()));
                updates.awaitDecidedAndAnswered(telegram, second);
                second.terminate();
            }

            assertNothingLostOrDoubled(updates, database, "sa", acknowledgedBeforeKill, telegram);
        }
    }

    /** Kills {@code app} with {@code kill -9} once half the burst was acknowledged. */
    static void killMidBurst(WebhookBurst burst, ChildApplication app) throws InterruptedException {
        await().atMost(Duration.ofSeconds(Math.max(120, UPDATES / 20))).pollInterval(Duration.ofMillis(5))
                .until(() -> burst.acknowledgedCount() >= UPDATES / 2);
        app.kill9();
    }

    /** Posts each update once to {@code app}; the posts to a killed instance fail, unacknowledged. */
    static void post(WebhookBurst burst, ChildApplication app, int clients, List<WebhookBurst.Update> updates) {
        try {
            burst.postEach(app.port(), clients, updates);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Once the applications stopped: every update acknowledged before the kill is in the database, every update
     * is stored once, decided once and in its conversation's order, every question was answered, and at most one
     * answer (the one in flight at the kill) was sent twice.
     */
    static void assertNothingLostOrDoubled(ChatterBurst updates, String database, String user,
            Set<Long> acknowledgedBeforeKill, FakeTelegramServer telegram) throws SQLException {
        Map<String, Long> stored = FlowTestSupport.countsPerKey(database, user,
                "select event_id, count(*) from inbound_event group by event_id");
        List<String> lost = acknowledgedBeforeKill.stream().map(String::valueOf)
                .filter(id -> !stored.containsKey(id)).toList();
        Map<String, Long> replies = WebhookBurst.repliesPerChat(telegram);
        long sentTwice = replies.values().stream().mapToLong(count -> count - 1).sum();
        System.out.printf("kill -9 after %d of %d acknowledged: %d lost, %d of %d replies sent twice%n",
                acknowledgedBeforeKill.size(), UPDATES, lost.size(), sentTwice, updates.questionChats().size());

        assertThat(lost).as("acknowledged before the kill, missing after it").isEmpty();
        updates.assertStoredAndDecidedOnce(database, user);
        updates.assertConversationsDecidedInOrder(database, user);
        assertThat(replies).as("every question answered, the chatter not").containsOnlyKeys(updates.questionChats());
        assertThat(sentTwice).as("only the replies in flight at the kill (one per outbox sender) may have been sent twice")
                .isLessThanOrEqualTo(OUTBOX_SENDERS);
    }
}
