package io.switchboard.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.cluster.PollerLeadership;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.testing.RecordingInboundPort;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connector's routes when several instances share one bot, and when the application stops. */
class TelegramRoutesTest {

    private final FakeBotApi telegram = new FakeBotApi();
    private final RecordingInboundPort port = new RecordingInboundPort();
    private final AtomicBoolean holdsPoller = new AtomicBoolean();
    private final CamelContext camel = new DefaultCamelContext();
    private BotApi api;

    @AfterEach
    void stop() throws Exception {
        camel.stop();
        api.close();
        telegram.close();
    }

    @Test
    void aStandbyInstanceDoesNotPollAndTakesOverWhenItGetsThePoller() throws Exception {
        telegram.addUpdates(TestBot.update("private_text"));
        start(Duration.ofSeconds(1));

        await().until(() -> !telegram.calls("deleteWebhook").isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> telegram.calls("getUpdates").isEmpty());
        assertThat(port.handedIn()).as("another instance takes the updates").isEmpty();
        assertThat(camel.getRouteController().getRouteStatus(TelegramUpdatesRoute.ROUTE_ID))
                .as("a standby's route is started, its ticks end at the policy").isEqualTo(ServiceStatus.Started);

        holdsPoller.set(true);

        await().atMost(TelegramSetUpRoute.TICK.plusSeconds(10))
                .until(() -> port.handedInEventIds().contains("815000001"));
    }

    @Test
    void stoppingCamelCancelsALongPollInsteadOfWaitingForIt() throws Exception {
        holdsPoller.set(true);
        telegram.answerNext("getUpdates", new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        start(Duration.ofSeconds(40));
        await().until(() -> !telegram.calls("getUpdates").isEmpty());

        long started = System.nanoTime();
        camel.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    private void start(Duration requestTimeout) throws Exception {
        TelegramProperties properties = TestBot.polling(telegram.url(), requestTimeout);
        api = new BotApi(properties, new PlatformContact(Clock.systemUTC()));
        TelegramSetUp setUp = new TelegramSetUp(properties, TestBot.identity(), api);
        UpdatePoller poller = new UpdatePoller(api, new UpdateIntake(new UpdateMapper(TestBot.identity(), TestBot.mapper(), Clock.systemUTC()), port,
                new MemberReports(new RecordingModerationQueue(), api), new CallbackAnswers(api)), properties);
        PollerLeadership leadership = name -> TelegramUpdatesRoute.POLLER.equals(name) && holdsPoller.get();
        camel.addRoutes(new TelegramSetUpRoute(setUp, api));
        camel.addRoutes(new TelegramUpdatesRoute(new TelegramPolling(setUp, poller, api), leadership));
        camel.start();
    }
}
