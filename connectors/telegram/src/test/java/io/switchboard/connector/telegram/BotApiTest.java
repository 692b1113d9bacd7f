package io.switchboard.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.switchboard.core.gateway.PlatformContact;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * TelegramBots leaves its answer unfinished when the connection breaks while a reply's body is read;
 * its own blocking call would then wait for ever, and so would the outbox or the stop of the poller.
 */
class BotApiTest {

    private final MockWebServer telegram = new MockWebServer();
    private BotApi api;

    @BeforeEach
    void start() throws IOException {
        telegram.start();
        api = new BotApi(TestBot.polling(telegram.url("/").uri(), Duration.ofMillis(500)),
                new PlatformContact(Clock.systemUTC()));
    }

    @AfterEach
    void stop() throws IOException {
        api.close();
        telegram.shutdown();
    }

    @Test
    void aReplyWhoseAnswerBreaksOffMidBodyFailsAsTimedOutInsteadOfWaitingForEver() {
        telegram.enqueue(new MockResponse().setBody("{\"ok\":true,\"result\":{\"message_id\":7,"
                        + "\"date\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"" + "x".repeat(4096) + "\"}}")
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

        BotApiException failure = catchThrowableOfType(() -> api.call(new SendMessage("1", "hello")),
                BotApiException.class);

        assertThat(failure).as("the call ends, with a failure the outbox can act on").isNotNull();
        assertThat(failure.getMessage()).contains("sendMessage").doesNotContain(TestBot.TOKEN);
    }

    @Test
    void stoppingTheWorkerLaneEndsALongPollThatIsWaitingForItsAnswer() throws Exception {
        telegram.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        Thread stopper = new Thread(() -> {
            try {
                telegram.takeRequest();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            api.stopWorkerCalls();
        });
        stopper.start();

        BotApiException failure = catchThrowableOfType(() -> api.workerCall(new GetMe()), BotApiException.class);
        stopper.join();

        assertThat(failure.kind()).isEqualTo(BotApiException.Kind.CANCELLED);
    }
}
