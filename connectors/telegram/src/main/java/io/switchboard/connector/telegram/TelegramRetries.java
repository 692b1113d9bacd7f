package io.switchboard.connector.telegram;

import io.switchboard.core.retry.Backoff;
import io.switchboard.core.retry.FailureStreak;
import java.time.Duration;

/**
 * The application's {@link Backoff} as the Telegram connector uses it for its own calls (getMe,
 * webhook set-up, getUpdates): after a 429, exactly Telegram's {@code retry_after}; after any other
 * failure, 1 s doubling up to 1 min, as long as the failures go on.
 */
final class TelegramRetries {

    static final Backoff BACKOFF = Backoff.withoutJitter(Duration.ofSeconds(1), Duration.ofMinutes(1));

    private final FailureStreak streak = new FailureStreak(BACKOFF);

    /** @return how long to wait before calling Telegram again */
    Duration after(BotApiException failure) {
        return failure.kind() == BotApiException.Kind.RATE_LIMITED ? failure.retryAfter() : streak.failed();
    }

    /** @return how long to wait after a failure that is not Telegram's answer */
    Duration afterFailure() {
        return streak.failed();
    }

    void succeeded() {
        streak.succeeded();
    }
}
