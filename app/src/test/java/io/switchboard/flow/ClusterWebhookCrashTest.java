package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flow.WebhookBurst.Update;
import io.switchboard.testing.ChildApplication;
import io.switchboard.testing.FakeTelegramServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WebhookCrashFlowTest} in the {@code cluster} profile: two instances on one PostgreSQL
 * schema (the machine's, 127.0.0.1, database {@code test}) take the webhook burst together, one
 * is killed with {@code kill -9} mid-burst and restarted while the other goes on. Runs in the
 * {@code cluster} Maven profile only.
 */
class ClusterWebhookCrashTest {

    private static final String SCHEMA = "switchboard_cluster_webhook_crash_test";
    private static final String DATABASE = FlowTestSupport.POSTGRES + "?currentSchema=" + SCHEMA;

    @TempDir
    Path dir;

    @Test
    void afterKillNineOfOneInstanceEveryAcknowledgedUpdateIsStoredAndDecidedOnce() throws Exception {
        FlowTestSupport.dropSchema(SCHEMA);
        ChatterBurst updates = new ChatterBurst(WebhookCrashFlowTest.UPDATES);
        // Telegram's posts alternate between the instances, as behind a load balancer
        List<Update> toKilled = new ArrayList<>();
        List<Update> toSurvivor = new ArrayList<>();
        updates.updates().forEach(update -> (update.id() % 2 == 0 ? toKilled : toSurvivor).add(update));
        WebhookBurst burst = new WebhookBurst();
        int clientsEach = WebhookCrashFlowTest.CLIENTS / 2;
        try (FakeTelegramServer telegram = FlowTestSupport.startTelegram()) {
            List<String> arguments = FlowTestSupport.clusterArguments(telegram, SCHEMA);
            arguments.add("--switchboard.router.delivery-lease=" + WebhookCrashFlowTest.LEASE);
            // one after the other: the first migrates the schema
            ChildApplication killed = FlowTestSupport.startChild(dir.resolve("killed.log"), arguments);
            try (ChildApplication survivor = FlowTestSupport.startChild(dir.resolve("survivor.log"), arguments)) {
                CompletableFuture<Void> toFirst = CompletableFuture.runAsync(
                        () -> WebhookCrashFlowTest.post(burst, killed, clientsEach, toKilled));
                CompletableFuture<Void> toSecond = CompletableFuture.runAsync(
                        () -> WebhookCrashFlowTest.post(burst, survivor, clientsEach, toSurvivor));
                WebhookCrashFlowTest.killMidBurst(burst, killed);
                CompletableFuture.allOf(toFirst, toSecond).join();
                Set<Long> acknowledgedBeforeKill = burst.acknowledged();
                assertThat(burst.unacknowledged(toKilled)).as("the kill came in the middle of the burst").isNotEmpty();

                try (ChildApplication restarted = FlowTestSupport.startChild(dir.resolve("restarted.log"), arguments)) {
                    burst.postUntilAcknowledged(restarted.port(), clientsEach, burst.unacknowledged(updates.updates()));
                    updates.awaitDecidedAndAnswered(telegram, survivor);
                    restarted.terminate();
                }
                survivor.terminate();
                WebhookCrashFlowTest.assertNothingLostOrDoubled(updates, DATABASE, "postgres", acknowledgedBeforeKill,
                        telegram);
            } finally {
                killed.close();
            }
        }
    }
}
