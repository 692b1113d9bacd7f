package io.switchboard.router.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.router.config.Rate;
import io.switchboard.testing.ShiftableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendThrottleTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final ShiftableClock clock = ShiftableClock.stoppedAt(T0);
    private final SendThrottle throttle = new SendThrottle(RateLimits.inMemory(clock),
            Rate.valueOf("30/1s"), Rate.valueOf("1/1s"), Rate.valueOf("20/1m"));

    @Test
    void privateChatGetsOneMessagePerSecond() {
        assertThat(acquire(Channel.TELEGRAM, "42", true, T0)).isZero();
        assertThat(acquire(Channel.TELEGRAM, "42", true, T0.plusMillis(400)))
                .isEqualTo(Duration.ofMillis(600));
        assertThat(acquire(Channel.TELEGRAM, "42", true, T0.plusSeconds(1))).isZero();
    }

    @Test
    void groupSendsAreSpacedToTwentyPerMinute() {
        int sentInFirstMinute = 0;
        for (int second = 0; second < 60; second++) {
            for (int i = 0; i < 5; i++) {
                if (acquire(Channel.TELEGRAM, "-100", false, T0.plusSeconds(second)).isZero()) {
                    sentInFirstMinute++;
                }
            }
        }
        assertThat(sentInFirstMinute).isEqualTo(20);
    }

    @Test
    void waitingSendTakesNoPermit() {
        acquire(Channel.TELEGRAM, "-100", false, T0);
        for (int i = 0; i < 10; i++) {
            assertThat(acquire(Channel.TELEGRAM, "-100", false, T0.plusSeconds(1)))
                    .isEqualTo(Duration.ofSeconds(2));
        }
        assertThat(acquire(Channel.TELEGRAM, "-100", false, T0.plusSeconds(3))).isZero();
    }

    @Test
    void aLiveChatAgentsAnswerQuicklyIsNeverHeldBack() {
        for (int i = 0; i < 50; i++) {
            assertThat(acquire(Channel.WEBCHAT, "a:visitor", true, T0)).as("send %d", i).isZero();
        }
    }

    @Test
    void chatsDoNotShareTheirBuckets() {
        assertThat(acquire(Channel.TELEGRAM, "1", true, T0)).isZero();
        assertThat(acquire(Channel.TELEGRAM, "2", true, T0)).isZero();
        assertThat(acquire(Channel.FACEBOOK, "1", true, T0)).isZero();
    }

    @Test
    void channelWideRateCapsManyChatsAtOnce() {
        int allowed = 0;
        for (int chat = 0; chat < 50; chat++) {
            if (acquire(Channel.TELEGRAM, "chat-" + chat, true, T0).isZero()) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(30);
        assertThat(acquire(Channel.TELEGRAM, "chat-49", true, T0)).isPositive();
        // another channel has its own bot-wide limit
        assertThat(acquire(Channel.TWITTER, "chat-49", true, T0)).isZero();
        // a thirtieth of a second later the next one may go
        assertThat(acquire(Channel.TELEGRAM, "chat-49", true, T0.plusMillis(34))).isZero();
    }

    @Test
    void platformsRetryAfterHoldsBackTheChat() {
        throttle.pause(Channel.TELEGRAM, "42", T0.plusSeconds(30));

        assertThat(acquire(Channel.TELEGRAM, "42", true, T0.plusSeconds(10)))
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(acquire(Channel.TELEGRAM, "42", true, T0.plusSeconds(30))).isZero();
    }

    /** The throttle asked at {@code at} (never earlier than the last time asked): the clock moves there first. */
    private Duration acquire(Channel channel, String chatId, boolean privateChat, Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
        return throttle.acquire(channel, chatId, privateChat);
    }
}
