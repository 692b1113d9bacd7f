package io.switchboard.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's limits on a bot's sends, as sliding windows over the times the server accepted them: 30 in any
 * second for the bot, 1 in any second per private chat (a positive chat id), 20 in any minute per group (a
 * negative one). A refused send is not counted in the windows. Not thread-safe: the fake calls it under its lock.
 */
final class SendLimits {

    private record Window(int permits, Duration length) {
    }

    private static final Window PER_BOT = new Window(30, Duration.ofSeconds(1));
    private static final Window PER_PRIVATE_CHAT = new Window(1, Duration.ofSeconds(1));
    private static final Window PER_GROUP = new Window(20, Duration.ofMinutes(1));

    private final Deque<Instant> botSends = new ArrayDeque<>();
    private final Map<String, Deque<Instant>> chatSends = new HashMap<>();
    private int refused;

    /**
     * Counts a send to {@code chatId} at {@code now} if both the bot's and the chat's window have room.
     *
     * @return zero when accepted; otherwise how long until the fuller window has room (nothing counted)
     */
    Duration admit(String chatId, Instant now) {
        Deque<Instant> chat = chatSends.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        Window chatWindow = chatId.startsWith("-") ? PER_GROUP : PER_PRIVATE_CHAT;
        Duration wait = max(waitFor(botSends, PER_BOT, now), waitFor(chat, chatWindow, now));
        if (!wait.isZero()) {
            refused++;
            return wait;
        }
        botSends.addLast(now);
        chat.addLast(now);
        return Duration.ZERO;
    }

    int refused() {
        return refused;
    }

    /** Forgets the sends that left the window; zero when it has room, else when its oldest send leaves it. */
    private static Duration waitFor(Deque<Instant> sends, Window window, Instant now) {
        Instant start = now.minus(window.length());
        while (!sends.isEmpty() && !sends.peekFirst().isAfter(start)) {
            sends.removeFirst();
        }
        return sends.size() < window.permits() ? Duration.ZERO
                : Duration.between(start, sends.peekFirst());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
