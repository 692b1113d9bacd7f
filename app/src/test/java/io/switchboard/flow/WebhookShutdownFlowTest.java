package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.SwitchboardApplication;
import io.switchboard.flow.WebhookBurst.Update;
import io.switchboard.testing.ChildApplication;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A normal stop (SIGTERM, as systemd or Kubernetes send it) in the middle of webhook traffic, on
 * the database settings the application ships with: webhooks are refused in a way that makes
 * Telegram deliver them again, what was acknowledged is stored, and the stop logs no error.
 */
class WebhookShutdownFlowTest {

    private static final int CLIENTS = 8;
    private static final long FIRST_CHAT = 9_500_000_000L;
    private static final Duration STARTUP = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void sigtermUnderWebhookLoadLosesNothingAcknowledgedRefusesWith503AndRetryAfterAndLogsNoError() throws Exception {
        String database = FlowTestSupport.shippedH2Url(dir.resolve("switchboard"));
        WebhookBurst burst = new WebhookBurst();
        try (FakeTelegramServer telegram = FlowTestSupport.startTelegram();
                ChildApplication app = ChildApplication.start(SwitchboardApplication.class.getName(),
                        dir.resolve("switchboard.log"), List.of(FlowTestSupport.arguments(telegram, "webhook", database)))) {
            app.waitUntilReady(STARTUP);
            AtomicLong ids = new AtomicLong();
            // Telegram keeps posting new updates until the application is gone
            CompletableFuture<Void> posting = CompletableFuture.runAsync(() -> {
                try {
                    burst.post(app.port(), CLIENTS, () -> {
                        long id = ids.incrementAndGet();
                        return app.isAlive() ? new Update(id, TelegramUpdates.privateText(id, id, FIRST_CHAT + id, "en",
                                "How do I enable 2FA on my account?")) : null;
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
                    .until(() -> burst.acknowledgedCount() >= 100);

            int exitCode = app.terminate();
            posting.join();

            Map<String, Long> stored = FlowTestSupport.countsPerKey(database, "sa",
                    "select event_id, count(*) from inbound_event group by event_id");
            System.out.printf("SIGTERM: exit code %d, %d acknowledged, %d refused, %d without an answer, %d stored%n",
                    exitCode, burst.acknowledgedCount(), burst.refusals().size(), burst.unanswered(), stored.size());
            assertThat(burst.acknowledged()).as("acknowledged, so stored")
                    .allSatisfy(id -> assertThat(stored).containsKey(String.valueOf(id)));
            assertThat(burst.refusals()).as("refused so that Telegram delivers again later")
                    .allSatisfy(refusal -> {
                        assertThat(refusal.status()).isEqualTo(503);
                        assertThat(refusal.retryAfter()).isNotBlank();
                    });
            assertThat(app.errorLines()).as("ERROR lines in " + app.log()).isEmpty();
        }
    }
}
