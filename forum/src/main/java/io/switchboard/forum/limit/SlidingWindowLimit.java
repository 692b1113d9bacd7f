package io.switchboard.forum.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * At most {@code limit} events per key in any {@code window} (a sliding window), in this instance's
 * memory. The recent event times live in a Caffeine cache that forgets a key after a quiet window,
 * so memory stays bounded by the keys active in the last window.
 *
 * @param <K> what is limited: a member, a client address
 */
public final class SlidingWindowLimit<K> {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<K, Deque<Instant>> recent;

    public SlidingWindowLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.recent = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(100_000).build();
    }

    /** Counts one event for the key; empty when it was allowed, else how long until one is. */
    public Optional<Duration> tryAcquire(K key) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }
}
