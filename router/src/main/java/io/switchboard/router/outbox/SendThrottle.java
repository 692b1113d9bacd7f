package io.switchboard.router.outbox;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.limit.Hold;
import io.switchboard.core.limit.LimitRule;
import io.switchboard.core.limit.RateLimit;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.router.config.Rate;
import io.switchboard.router.config.RouterProperties;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps sends under the platforms' limits: one bucket per channel for the bot-wide rate, and one
 * per chat, at the private or the group rate. A chat's sends are spaced evenly (no bursts: the
 * platforms count per second there too); the channel-wide bucket may spend its whole rate at once.
 * The buckets are {@link RateLimits}: this instance's in one process, shared by every instance in
 * the cluster profile. Announcement copies take their permits here too, so replies and a broadcast
 * to many groups share one budget per channel. A send that has to wait is never dropped: the caller
 * is told how long to wait and asks again.
 */
@Component
public class SendThrottle {

    private final Rate globalRate;
    private final Rate privateRate;
    private final Rate groupRate;
    private final RateLimit channels;
    private final RateLimit privateChats;
    private final RateLimit groupChats;
    /** The platform's {@code retry_after} for a chat. */
    private final Hold retryAfter;

    @Autowired
    SendThrottle(RateLimits limits, RouterProperties properties) {
        this(limits, properties.globalSendRate(), properties.privateChatSendRate(), properties.groupChatSendRate());
    }

    SendThrottle(RateLimits limits, Rate globalRate, Rate privateRate, Rate groupRate) {
        this.globalRate = globalRate;
        this.privateRate = privateRate;
        this.groupRate = groupRate;
        this.channels = limits.limit("outbox.channel", LimitRule.steady(globalRate.permits(), globalRate.per()));
        this.privateChats = limits.limit("outbox.private-chat",
                LimitRule.spaced(privateRate.permits(), privateRate.per()));
        this.groupChats = limits.limit("outbox.group-chat", LimitRule.spaced(groupRate.permits(), groupRate.per()));
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
        Duration channelWait = channels.tryTake(channel.name());
        if (!channelWait.isZero()) {
            chats.giveBack(chat);
        }
        return channelWait;
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
