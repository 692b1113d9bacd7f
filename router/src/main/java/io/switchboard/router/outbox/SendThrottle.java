package io.switchboard.router.outbox;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.limit.Hold;
import io.switchboard.core.limit.LimitRule;
import io.switchboard.core.limit.RateLimit;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.router.config.Rate;
import io.switchboard.router.config.RouterProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps sends under the platforms' limits: the bot-wide rate per channel, and one per chat, at the
 * private or the group rate. A chat's sends are spaced evenly (no bursts: the platforms count per
 * second there too). The channel's rate is a {@link SlidingWindow} as the platform counts it (its whole
 * rate at once, but never more in any period), in front of a bucket in {@link RateLimits} that every
 * instance shares in the cluster profile; the chats' buckets are {@link RateLimits} too.
 *
 * <p>The platform counts a send when it arrives. The channel's window counts it until its answer
 * ({@link #answered}), so it never lets the platform's window fill however late a send arrives; the chats'
 * spacing and the shared bucket count from the permit, so every period is counted {@code send-rate-margin}
 * longer than the platform's: a send may arrive that late without a 429. Announcement copies take their permits here too, so replies and a broadcast
 * to many groups share one budget per channel. A send that has to wait is never dropped: the caller
 * is told how long to wait and asks again.
 */
@Component
public class SendThrottle {

    private final Rate globalRate;
    private final Rate privateRate;
    private final Rate groupRate;
    private final SlidingWindow channelWindows;
    private final RateLimit channels;
    private final RateLimit privateChats;
    private final RateLimit groupChats;
    /** The platform's {@code retry_after} for a chat. */
    private final Hold retryAfter;

    @Autowired
    SendThrottle(RateLimits limits, RouterProperties properties, Clock clock) {
        this(limits, properties.globalSendRate(), properties.privateChatSendRate(), properties.groupChatSendRate(),
                properties.sendRateMargin(), clock);
    }

    SendThrottle(RateLimits limits, Rate globalRate, Rate privateRate, Rate groupRate, Duration margin, Clock clock) {
        this.globalRate = globalRate;
        this.privateRate = privateRate;
        this.groupRate = groupRate;
        this.channelWindows = new SlidingWindow(globalRate.permits(), globalRate.per().plus(margin), clock);
        this.channels = limits.limit("outbox.channel",
                LimitRule.steady(globalRate.permits(), globalRate.per().plus(margin)));
        this.privateChats = limits.limit("outbox.private-chat",
                LimitRule.spaced(privateRate.permits(), privateRate.per().plus(margin)));
        this.groupChats = limits.limit("outbox.group-chat",
                LimitRule.spaced(groupRate.permits(), groupRate.per().plus(margin)));
        this.retryAfter = limits.hold("outbox.chat-retry-after");
    }

    /**
     * Takes a permit for one send to a chat now if both the channel and the chat have one free.
     *
     * A channel Switchboard serves itself ({@link Channel#builtIn()}: the forum, the help center, the live chat)
     * has no platform limits to keep under: its sends always may go.
     *
     * @return zero when the send may go now; otherwise how long to wait (nothing is taken then)
     */
    public Duration acquire(Channel channel, String chatId, boolean privateChat) {
        if (channel.builtIn()) {
            return Duration.ZERO;
        }
        String chat = chatKey(channel, chatId);
        RateLimit chats = privateChat ? privateChats : groupChats;
        Duration held = retryAfter.remaining(chat);
        if (!held.isZero()) {
            return max(held, max(chats.waitFor(chat), channels.waitFor(channel.name())));
        }
        Duration chatWait = chats.tryTake(chat);
        if (!chatWait.isZero()) {
            return max(chatWait, channels.waitFor(channel.name()));
        }
        Duration windowWait = channelWindows.tryTake(channel.name());
        if (!windowWait.isZero()) {
            chats.giveBack(chat);
            return windowWait;
        }
        Duration channelWait = channels.tryTake(channel.name());
        if (!channelWait.isZero()) {
            channelWindows.giveBack(channel.name());
            chats.giveBack(chat);
        }
        return channelWait;
    }

    /**
     * The platform answered a send that {@link #acquire} let go (whatever it said, or the call failed): the
     * channel's window counts it from now, as the platform counted it on arrival at the latest.
     */
    public void answered(Channel channel) {
        if (!channel.builtIn()) {
            channelWindows.answered(channel.name());
        }
    }

    /** The platform told us to wait for a chat: no send to it before {@code until}. */
    public void pause(Channel channel, String chatId, Instant until) {
        retryAfter.holdUntil(chatKey(channel, chatId), until);
    }

    private static String chatKey(Channel channel, String chatId) {
        return channel.name() + ":" + chatId;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public String toString() {
        return "SendThrottle[global " + globalRate + " per channel, private chats " + privateRate
                + ", groups " + groupRate + "]";
    }
}
