package io.switchboard.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.testing.RecordingInboundPort;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connector's thread when several instances share one bot: only the poller's holder polls. */
class TelegramWorkerTest {

    private final FakeBotApi telegram = new FakeBotApi();
    private final RecordingInboundPort port = new RecordingInboundPort();
    private final TelegramProperties properties = TestBot.polling(telegram.url(), Duration.ofSeconds(1));
    private final BotApi api = new BotApi(properties, new PlatformContact(Clock.systemUTC()));
    private final AtomicBoolean holdsPoller = new AtomicBoolean();
    private final TelegramWorker worker = new TelegramWorker(properties, TestBot.identity(), api,
            Optional.of(new UpdatePoller(api, new UpdateIntake(new UpdateMapper(TestBot.identity(), TestBot.mapper()), port,
                    new MemberReports(new RecordingModerationQueue(), api)), properties)),
            poller -> TelegramWorker.POLLER.equals(poller) && holdsPoller.get());

    @AfterEach
    void stop() throws Exception {
        worker.stop();
        api.close();
        telegram.close();
    }

    @Test
    void aStandbyInstanceDoesNotPollAndTakesOverWhenItGetsThePoller() {
        telegram.addUpdates(TestBot.update("private_text"));

        worker.start();
        await().until(() -> !telegram.calls("deleteWebhook").isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> telegram.calls("getUpdates").isEmpty());
        assertThat(port.handedIn()).as("another instance takes the updates").isEmpty();

        holdsPoller.set(true);

        await().atMost(TelegramWorker.STANDBY_CHECK.plusSeconds(10))
                .until(() -> port.handedInEventIds().contains("815000001"));
    }
}
