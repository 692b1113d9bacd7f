package io.switchboard.forum.topic;

import io.switchboard.forum.ForumProperties;
import io.switchboard.forum.limit.SlidingWindowLimit;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** At most {@code postsPerWindow} posts per member in any {@code rateWindow} (a sliding window). */
@Component
public class PostingRateLimit {

    private final SlidingWindowLimit<Long> posts;

    PostingRateLimit(ForumProperties properties, Clock clock) {
        this.posts = new SlidingWindowLimit<>(properties.postsPerWindow(), properties.rateWindow(), clock);
    }

    /**
     * Counts one post by the member, or refuses it.
     *
     * @throws ForumRefusal of kind RATE_LIMITED, saying how many seconds to wait
     */
    public void acquire(long accountId) {
        posts.tryAcquire(accountId).ifPresent(wait -> {
            throw new ForumRefusal(ForumRefusal.Kind.RATE_LIMITED, "error.rateLimited", posts.limit(),
                    posts.window().toSeconds(), Math.max(1, wait.toSeconds()));
        });
    }
}
