package io.switchboard.connector.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.OutboundMessage;
import io.switchboard.core.gateway.PlatformContact;
import io.switchboard.core.gateway.TextFormat;
import io.switchboard.testing.RecordingInboundPort;
import io.switchboard.testing.ShiftableClock;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.telegram.telegrambots.meta.api.methods.GetMe;

class TelegramHealthIndicatorTest {

    private final FakeBotApi telegram = new FakeBotApi();
    private final ShiftableClock clock = ShiftableClock.stoppedAt(Instant.parse("2024-11-25T10:00:00Z"));
    private final BotApi api = new BotApi(TestBot.polling(telegram.url(), Duration.ofSeconds(1)), new PlatformContact(clock));
    private final TelegramHealthIndicator health =
            new TelegramHealthIndicator(TelegramProperties.Mode.POLLING, TestBot.identity(), api.contact());

    @AfterEach
    void stop() throws IOException {
        api.close();
        telegram.close();
    }

    private void poll() throws BotApiException {
        api.workerCall(new UpdatePoller.GetUpdates(null, 0, List.of("message")));
    }

    @Test
    void unknownBeforeAnyContact() {
        Health before = health.health();

        assertThat(before.getStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(before.getDetails()).containsEntry("mode", "polling")
                .containsEntry("bot", "@SwitchboardHelpBot")
                .containsEntry("lastSuccess", "never");
    }

    @Test
    void downWhileTheLatestCallFailedAndUpAgainAfterASuccess() throws BotApiException {
        api.workerCall(new GetMe());
        clock.advance(Duration.ofMinutes(1));
        telegram.answerNext("getUpdates", FakeBotApi.error(502, "Bad Gateway"));
        assertThatThrownBy(this::poll).isInstanceOf(BotApiException.class);

        Health failing = health.health();
        assertThat(failing.getStatus()).isEqualTo(Status.DOWN);
        assertThat(failing.getDetails())
                .containsEntry("lastSuccess", "2024-11-25T10:00:00Z")
                .containsEntry("lastError", "getUpdates failed: 502 Bad Gateway")
                .containsEntry("lastErrorAt", "2024-11-25T10:01:00Z");

        clock.advance(Duration.ofMinutes(1));
        poll();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aUserBlockingTheBotDoesNotMakeTelegramLookDown() {
        telegram.answerNext("sendMessage", FakeBotApi.error(403, "Forbidden: bot was blocked by the user"));
        TelegramGateway gateway = new TelegramGateway(api, new RecordingInboundPort(),
                new TelegramModeration(Clock.systemUTC()), List.of());

        assertThatThrownBy(() -> gateway.send(new OutboundMessage(Channel.TELEGRAM, "4100001", "4100001", null,
                "hi", TextFormat.PLAIN))).isInstanceOf(DeliveryException.class);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
