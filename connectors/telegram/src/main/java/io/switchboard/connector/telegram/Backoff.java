package io.switchboard.connector.telegram;

import java.time.Duration;

/** How long to wait after a failure: Telegram's retry_after when it gives one, else 1 s doubling up to 1 min. */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofMinutes(1);

    private Duration next = FIRST;

    Duration after(BotApiException failure) {
        return failure.kind() == BotApiException.Kind.RATE_LIMITED ? failure.retryAfter() : next();
    }

    Duration next() {
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : next.multipliedBy(2);
        return wait;
    }

    void reset() {
        next = FIRST;
    }
}
