package io.switchboard.router.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.channel.Channel;
import io.switchboard.router.config.Rate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendThrottleTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final SendThrottle throttle =
            new SendThrottle(Rate.valueOf("30/1s"), Rate.valueOf("1/1s"), Rate.valueOf("20/1m"));

    @Test
    void privateChatGetsOneMessagePerSecond() {
        assertThat(throttle.acquire(Channel.TELEGRAM, "42", true, T0)).isZero();
        assertThat(throttle.acquire(Channel.TELEGRAM, "42", true, T0.plusMillis(400)))
                .isEqualTo(Duration.ofMillis(600));
        assertThat(throttle.acquire(Channel.TELEGRAM, "42", true, T0.plusSeconds(1))).isZero();
    }

    @Test
    void groupSendsAreSpacedToTwentyPerMinute() {
        int sentInFirstMinute = 0;
        for (int second = 0; second < 60; second++) {
            for (int i = 0; i < 5; i++) {
                if (throttle.acquire(Channel.TELEGRAM, "-100", false, T0.plusSeconds(second)).isZero()) {
                    sentInFirstMinute++;
                }
            }
        }
        assertThat(sentInFirstMinute).isEqualTo(20);
    }

    @Test
    void waitingSendTakesNoPermit() {
        throttle.acquire(Channel.TELEGRAM, "-100", false, T0);
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.acquire(Channel.TELEGRAM, "-100", false, T0.plusSeconds(1)))
                    .isEqualTo(Duration.ofSeconds(2));
        }
        assertThat(throttle.acquire(Channel.TELEGRAM, "-100", false, T0.plusSeconds(3))).isZero();
    }

    @Test
    void chatsDoNotShareTheirBuckets() {
        assertThat(throttle.acquire(Channel.TELEGRAM, "1", true, T0)).isZero();
        assertThat(throttle.acquire(Channel.TELEGRAM, "2", true, T0)).isZero();
        assertThat(throttle.acquire(Channel.FACEBOOK, "1", true, T0)).isZero();
    }

    @Test
    void channelWideRateCapsManyChatsAtOnce() {
        int allowed = 0;
        for (int chat = 0; chat < 50; chat++) {
            if (throttle.acquire(Channel.TELEGRAM, "chat-" + chat, true, T0).isZero()) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(30);
        assertThat(throttle.acquire(Channel.TELEGRAM, "chat-49", true, T0)).isPositive();
        // another channel has its own bot-wide limit
        assertThat(throttle.acquire(Channel.TWITTER, "chat-49", true, T0)).isZero();
        // a thirtieth of a second later the next one may go
        assertThat(throttle.acquire(Channel.TELEGRAM, "chat-49", true, T0.plusMillis(34))).isZero();
    }

    @Test
    void platformsRetryAfterHoldsBackTheChat() {
        throttle.pause(Channel.TELEGRAM, "42", true, T0.plusSeconds(30));

        assertThat(throttle.acquire(Channel.TELEGRAM, "42", true, T0.plusSeconds(10)))
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(throttle.acquire(Channel.TELEGRAM, "42", true, T0.plusSeconds(30))).isZero();
    }
}
