package io.switchboard.forum.topic;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.forum.ForumProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.stereotype.Component;

/**
 * At most {@code postsPerWindow} posts per member in any {@code rateWindow} (a sliding window).
 * The recent post times live in a Caffeine cache that forgets a member after a quiet window, so
 * memory stays bounded by the members active in the last window.
 */
@Component
public class PostingRateLimit {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<Long, Deque<Instant>> recent;

    PostingRateLimit(ForumProperties properties, Clock clock) {
        this.limit = properties.postsPerWindow();
        this.window = properties.rateWindow();
        this.clock = clock;
        this.recent = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(100_000).build();
    }

    /**
     * Counts one post by the member, or refuses it.
     *
     * @throws ForumRefusal of kind RATE_LIMITED, saying how many seconds to wait
     */
    public void acquire(long accountId) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.get(accountId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                long wait = Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toSeconds());
                throw new ForumRefusal(ForumRefusal.Kind.RATE_LIMITED, "error.rateLimited", limit,
                        window.toSeconds(), wait);
            }
            times.addLast(now);
        }
    }
}
