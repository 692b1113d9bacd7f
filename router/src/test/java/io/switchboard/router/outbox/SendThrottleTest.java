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

    /** Telegram's periods are counted this much longer. */
    private static final Duration MARGIN = Duration.ofMillis(100);

    private final ShiftableClock clock = ShiftableClock.stoppedAt(T0);
    private final SendThrottle throttle = new SendThrottle(RateLimits.inMemory(clock),
            Rate.valueOf("30/1s"), Rate.valueOf("1/1s"), Rate.valueOf("20/1m"), MARGIN, clock);

    @Test
    void privateChatGetsOneMessagePerSecondAndTheMargin() {
        assertThat(acquire(Channel.TELEGRAM, "42", true, T0)).isZero();
        assertThat(acquire(Channel.TELEGRAM, "42", true, T0.plusMillis(400)))
                .isEqualTo(Duration.ofMillis(700));
        assertThat(acquire(Channel.TELEGRAM, "42", true, T0.plusSeconds(1))).isPositive();
        assertThat(acquire(Channel.TELEGRAM, "42", true, T0.plusSeconds(1).plus(MARGIN))).isZero();
    }

    @Test
    void groupSendsAreSpacedToTwentyPerMinute() {
        int sentInFirstMinute = 0;
        for (int tenth = 0; tenth < 600; tenth++) {
            for (int i = 0; i < 5; i++) {
                if (acquire(Channel.TELEGRAM, "-100", false, T0.plusMillis(100L * tenth)).isZero()) {
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
                    .as("a twentieth of a minute and the margin").isEqualTo(Duration.ofMillis(2005));
        }
        assertThat(acquire(Channel.TELEGRAM, "-100", false, T0.plusMillis(3005))).isZero();
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
        // the next one goes when the first leaves the window: its second and the margin
        assertThat(acquire(Channel.TELEGRAM, "chat-49", true, T0.plusMillis(1099))).isPositive();
        assertThat(acquire(Channel.TELEGRAM, "chat-49", true, T0.plusMillis(1100))).isZero();
    }

    @Test
    void noSecondHoldsMoreThanThirtySendsEvenAcrossAFullWindowsEdge() {
        // 30 sends spread over a second, then a burst: a token bucket would let the burst through at once
        for (int i = 0; i < 30; i++) {
            assertThat(acquire(Channel.TELEGRAM, "spread-" + i, true, T0.plusMillis(33L * i))).isZero();
        }
        int burst = 0;
        for (int chat = 0; chat < 30; chat++) {
            if (acquire(Channel.TELEGRAM, "burst-" + chat, true, T0.plusMillis(1000)).isZero()) {
                burst++;
            }
        }
        assertThat(burst).as("sends in the second after the spread ones began").isZero();
    }

    @Test
    void platformsRetryAfterHoldsBackTheChat() {
        throttle.pause(Channel.TELEGRAM, "42", T0.plusSeconds(30));

        assertThat(acquire(Channel.TELEGRAM, "42", true, T0.plusSeconds(10)))
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(acquire(Channel.TELEGRAM, "42", true, T0.plusSeconds(30))).isZero();
    }

    @Test
    void aSendStillOnItsWayKeepsItsPlaceInTheWindowUntilThePlatformAnswers() {
        // 30 sends let go at once; the platform answers them 1.5 s later, as a slow network would deliver them
        for (int chat = 0; chat < 30; chat++) {
            clock.advance(Duration.between(clock.instant(), T0));
            assertThat(throttle.acquire(Channel.TELEGRAM, "slow-" + chat, true)).isZero();
        }
        clock.advance(Duration.ofMillis(1500));
        assertThat(throttle.acquire(Channel.TELEGRAM, "next", true))
                .as("the platform may have counted them only now").isPositive();
        for (int chat = 0; chat < 30; chat++) {
            throttle.answered(Channel.TELEGRAM);
        }
        clock.advance(Duration.ofSeconds(1).plus(MARGIN).minusMillis(1));
        assertThat(throttle.acquire(Channel.TELEGRAM, "next", true)).isPositive();
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.acquire(Channel.TELEGRAM, "next", true)).isZero();
    }

    /**
     * The throttle asked at {@code at} (never earlier than the last time asked): the clock moves there first. A
     * send let go is answered by the platform at once.
     */
    private Duration acquire(Channel channel, String chatId, boolean privateChat, Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
        Duration wait = throttle.acquire(channel, chatId, privateChat);
        if (wait.isZero()) {
            throttle.answered(channel);
        }
        return wait;
    }
}
