package io.switchboard.router.outbox;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.core.channel.Channel;
import io.switchboard.router.config.Rate;
import io.switchboard.router.config.RouterProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps sends under the platforms' limits: one bucket per channel for the bot-wide rate, and one
 * per chat, at the private or the group rate. A chat's sends are spaced evenly (no bursts: the
 * platforms count per second there too); the channel-wide bucket may spend its whole rate at once.
 * Chat buckets live in memory and expire when idle, so the limits hold per running instance.
 * Announcement copies take their permits here too, so replies and a broadcast to many groups
 * share one budget per channel.
 */
@Component
public class SendThrottle {

    private record ChatKey(Channel channel, String chatId) {
    }

    private final Rate globalRate;
    private final Rate privateRate;
    private final Rate groupRate;
    private final Map<Channel, TokenBucket> channels = new EnumMap<>(Channel.class);
    private final Cache<ChatKey, TokenBucket> chats;

    @Autowired
    SendThrottle(RouterProperties properties) {
        this(properties.globalSendRate(), properties.privateChatSendRate(), properties.groupChatSendRate());
    }

    SendThrottle(Rate globalRate, Rate privateRate, Rate groupRate) {
        this.globalRate = globalRate;
        this.privateRate = privateRate;
        this.groupRate = groupRate;
        for (Channel channel : Channel.values()) {
            channels.put(channel, new TokenBucket(globalRate.permits(), globalRate.interval()));
        }
        // An idle bucket is full again after one period, so forgetting it later changes nothing.
        Duration idle = Stream.of(Duration.ofMinutes(10), globalRate.per(), privateRate.per(), groupRate.per())
                .max(Duration::compareTo).orElseThrow();
        this.chats = Caffeine.newBuilder().expireAfterAccess(idle).build();
    }

    /**
     * Takes a permit for one send to a chat if both the channel and the chat have one free.
     *
     * @return zero when the send may go now; otherwise how long to wait (nothing is taken then)
     */
    public synchronized Duration acquire(Channel channel, String chatId, boolean privateChat, Instant now) {
        TokenBucket chat = chatBucket(channel, chatId, privateChat);
        TokenBucket global = channels.get(channel);
        Duration wait = max(chat.waitAt(now), global.waitAt(now));
        if (wait.isZero()) {
            chat.take(now);
            global.take(now);
        }
        return wait;
    }

    /** The platform told us to wait for a chat: no send to it before {@code until}. */
    public synchronized void pause(Channel channel, String chatId, boolean privateChat, Instant until) {
        chatBucket(channel, chatId, privateChat).blockUntil(until);
    }

    private TokenBucket chatBucket(Channel channel, String chatId, boolean privateChat) {
        Rate rate = privateChat ? privateRate : groupRate;
        return chats.get(new ChatKey(channel, chatId), key -> new TokenBucket(1, rate.interval()));
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
