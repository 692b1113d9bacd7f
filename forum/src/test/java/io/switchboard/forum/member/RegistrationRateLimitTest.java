package io.switchboard.forum.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.limit.RateLimits;
import io.switchboard.forum.ForumProperties;
import io.switchboard.forum.topic.ForumRefusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegistrationRateLimitTest {

    private final RegistrationRateLimit limit = new RegistrationRateLimit(
            new ForumProperties(true, 150, 20000, 5, Duration.ofMinutes(1), 2, Duration.ofHours(1), 20, "bot", "Bot",
                    Duration.ofSeconds(30), "announcements", null),
            RateLimits.inMemory(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)));

    @Test
    void aThirdSignUpFromOneAddressInAnHourIsRefusedSayingHowLongToWait() {
        limit.acquire("203.0.113.7");
        limit.acquire("203.0.113.7");

        assertThatThrownBy(() -> limit.acquire("203.0.113.7"))
                .isInstanceOfSatisfying(ForumRefusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(ForumRefusal.Kind.RATE_LIMITED);
                    assertThat(refusal.messageKey())
                            .isEqualTo("error.registrationsRateLimited");
                    assertThat(refusal.arguments()).containsExactly(2, 60L, 60L);
                });
        assertThatCode(() -> limit.acquire("198.51.100.4")).as("another address has its own limit")
                .doesNotThrowAnyException();
    }
}
