package io.switchboard.router.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code permits} takes in any {@code length} of time, per key: the times of the takes still inside the
 * window are kept, so a burst can never follow a full window at its edge, as it can with a token bucket (whose
 * worst second holds its burst and a second's refill). That is how a platform counts a bot's sends. In memory:
 * one instance's sends.
 */
final class SlidingWindow {

    private final int permits;
    private final Duration length;
    private final Clock clock;
    private final Map<String, Deque<Instant>> takes = new HashMap<>();

    SlidingWindow(int permits, Duration length, Clock clock) {
        this.permits = permits;
        this.length = length;
        this.clock = clock;
    }

    /** @return zero when a permit was taken; otherwise how long until one is free (nothing taken) */
    synchronized Duration tryTake(String key) {
        Instant now = clock.instant();
        Duration wait = waitFor(key, now);
        if (wait.isZero()) {
            takes.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
        }
        return wait;
    }

    /** Returns the latest permit {@link #tryTake} gave for {@code key}, which was not used after all. */
    synchronized void giveBack(String key) {
        Deque<Instant> taken = takes.get(key);
        if (taken != null) {
            taken.pollLast();
        }
    }

    private Duration waitFor(String key, Instant now) {
        Deque<Instant> taken = takes.get(key);
        if (taken == null) {
            return Duration.ZERO;
        }
        Instant start = now.minus(length);
        while (!taken.isEmpty() && !taken.peekFirst().isAfter(start)) {
            taken.removeFirst();
        }
        return taken.size() < permits ? Duration.ZERO : Duration.between(start, taken.peekFirst());
    }
}
