package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testing.ChildApplication;
import io.switchboard.testing.FakeTelegramServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances in the {@code cluster} profile on one PostgreSQL schema (the machine's, 127.0.0.1, database
 * {@code test}), and a {@link ChatterBurst} posted to one of them only, as when Telegram's webhook points at one
 * instance: the other finds the stored events by its intake's poll and takes lanes of the shared backlog, and
 * still every event is decided exactly once and every conversation in the order its events were stored. Runs in
 * the {@code cluster} Maven profile only.
 */
class ClusterSharedBacklogTest {

    private static final String SCHEMA = "switchboard_cluster_shared_backlog_test";
    private static final String DATABASE = FlowTestSupport.POSTGRES + "?currentSchema=" + SCHEMA;
    private static final int UPDATES = 3000;
    private static final int CLIENTS = 8;

    @TempDir
    Path dir;

    @Test
    void theOtherInstanceTakesLanesOfTheBacklogAndEachEventIsDecidedOnceAndEachConversationInOrder()
            throws Exception {
        FlowTestSupport.dropSchema(SCHEMA);
        ChatterBurst updates = new ChatterBurst(UPDATES);
        WebhookBurst burst = new WebhookBurst();
        try (FakeTelegramServer telegram = FlowTestSupport.startTelegram()) {
            List<String> arguments = FlowTestSupport.clusterArguments(telegram, SCHEMA);
            // One worker on the instance that receives the burst: its backlog outgrows it, as a burst outgrows
            // one machine, and what the other instance takes is the point of the test.
            List<String> receiving = new ArrayList<>(arguments);
            receiving.add("--switchboard.router.intake-workers=1");
            double byReceiver;
            double byOther;
            // one after the other: the first migrates the schema
            try (ChildApplication receiver = FlowTestSupport.startChild(dir.resolve("receiver.log"), receiving);
                    ChildApplication other = FlowTestSupport.startChild(dir.resolve("other.log"), arguments)) {
                burst.postUntilAcknowledged(receiver.port(), CLIENTS, updates.updates());
                updates.awaitDecidedAndAnswered(telegram, receiver);
                byReceiver = decisions(receiver);
                byOther = decisions(other);
                other.terminate();
                receiver.terminate();
            }
            System.out.printf("%d updates posted to one instance: %.0f decided by it, %.0f by the other%n",
                    UPDATES, byReceiver, byOther);

            assertThat(byOther).as("decided by the instance that received none of the updates").isPositive();
            assertThat(byReceiver + byOther).as("decisions the two instances counted").isEqualTo(UPDATES);
            updates.assertStoredAndDecidedOnce(DATABASE, "postgres");
            updates.assertConversationsDecidedInOrder(DATABASE, "postgres");
            assertThat(WebhookBurst.repliesPerChat(telegram)).as("every question answered once, the chatter not")
                    .containsOnlyKeys(updates.questionChats()).allSatisfy((chat, count) -> assertThat(count).isOne());
        }
    }

    /** The decisions an instance committed, whatever their outcome, as its Prometheus scrape counts them. */
    private static double decisions(ChildApplication app) throws Exception {
        return FlowTestSupport.metric(FlowTestSupport.scrape(app.port()), "switchboard_decisions_total",
                "channel=\"telegram\"");
    }
}
