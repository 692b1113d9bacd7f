package io.switchboard.connector.telegram;

import java.time.Duration;

/**
 * A wait between two calls to Telegram, on the monotonic clock. The connector's routes tick every
 * {@link TelegramSetUpRoute#TICK}; a tick that comes while the wait is not over does nothing, so a
 * backoff or a {@code retry_after} never holds a thread (or a stop) for its whole length.
 */
final class Pause {

    private volatile long endNanos = System.nanoTime();

    void start(Duration wait) {
        endNanos = System.nanoTime() + wait.toNanos();
    }

    boolean over() {
        return System.nanoTime() - endNanos >= 0;
    }
}
