package io.switchboard.forum.topic;

import io.switchboard.core.limit.LimitRule;
import io.switchboard.core.limit.RateLimit;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.forum.ForumProperties;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * At most {@code postsPerWindow} posts per member in each {@code rateWindow}, the window starting
 * with the member's first post after a quiet one ({@link LimitRule#perWindow}).
 */
@Component
public class PostingRateLimit {

    private final RateLimit posts;

    PostingRateLimit(ForumProperties properties, RateLimits limits) {
        this.posts = limits.limit("forum.posts", LimitRule.perWindow(properties.postsPerWindow(), properties.rateWindow()));
    }

    /**
     * Counts one post by the member, or refuses it.
     *
     * @throws ForumRefusal of kind RATE_LIMITED, saying how many seconds to wait
     */
    public void acquire(long accountId) {
        Duration wait = posts.tryTake(Long.toString(accountId));
        if (!wait.isZero()) {
            LimitRule rule = posts.rule();
            throw new ForumRefusal(ForumRefusal.Kind.RATE_LIMITED, "error.rateLimited", rule.permits(),
                    rule.per().toSeconds(), Math.max(1, wait.toSeconds()));
        }
    }
}
