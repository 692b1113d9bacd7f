package io.switchboard.forum.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.limit.RateLimits;
import io.switchboard.forum.ForumProperties;
import io.switchboard.testing.ShiftableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostingRateLimitTest {

    private final ShiftableClock clock = ShiftableClock.stoppedAt(Instant.parse("2026-01-01T00:00:00Z"));
    private final PostingRateLimit limit = new PostingRateLimit(
            new ForumProperties(true, 150, 20000, 3, Duration.ofMinutes(1), 5, Duration.ofHours(1), 20, "bot", "Bot", Duration.ofSeconds(30), "announcements", null), RateLimits.inMemory(clock));

    @Test
    void refusesTheFourthPostInAMinuteAndSaysHowLongToWait() {
        limit.acquire(1);
        clock.advance(Duration.ofSeconds(10));
        limit.acquire(1);
        limit.acquire(1);

        assertThatThrownBy(() -> limit.acquire(1))
                .isInstanceOfSatisfying(ForumRefusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(ForumRefusal.Kind.RATE_LIMITED);
                    assertThat(refusal.messageKey()).isEqualTo("error.rateLimited");
                    assertThat(refusal.arguments()).containsExactly(3, 60L, 50L);
                });
    }

    @Test
    void theWindowEndsAMinuteAfterTheFirstPost() {
        limit.acquire(1);
        limit.acquire(1);
        limit.acquire(1);
        clock.advance(Duration.ofSeconds(59));
        assertThatThrownBy(() -> limit.acquire(1)).as("a second early").isInstanceOf(ForumRefusal.class);
        clock.advance(Duration.ofSeconds(1));

        assertThatCode(() -> limit.acquire(1)).as("a minute after the first post").doesNotThrowAnyException();
    }

    @Test
    void membersHaveTheirOwnLimits() {
        limit.acquire(1);
        limit.acquire(1);
        limit.acquire(1);
        assertThatThrownBy(() -> limit.acquire(1)).isInstanceOf(ForumRefusal.class);

        assertThatCode(() -> limit.acquire(2)).as("another member's first post").doesNotThrowAnyException();
    }
}
