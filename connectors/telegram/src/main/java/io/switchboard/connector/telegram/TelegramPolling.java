package io.switchboard.connector.telegram;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tick of the {@link TelegramUpdatesRoute}: once the {@link TelegramSetUp} is done and the wait
 * after the last round is over, one round of long polling ({@link UpdatePoller}).
 */
final class TelegramPolling {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

    private final TelegramSetUp setUp;
    private final UpdatePoller updates;
    private final BotApi api;
    private final TelegramRetries afterDefect = new TelegramRetries();
    private final Pause pause = new Pause();

    TelegramPolling(TelegramSetUp setUp, UpdatePoller updates, BotApi api) {
        this.setUp = setUp;
        this.updates = updates;
        this.api = api;
    }

    /**
     * @return whether the round went well, so the next one starts at once (the long poll is the
     *     wait); false when nothing was polled or the next round has to wait
     */
    boolean pollIfDue() {
        if (!setUp.done() || api.workerCallsStopped() || !pause.over()) {
            return false;
        }
        Duration wait;
        try {
            wait = updates.poll();
            afterDefect.succeeded();
        } catch (RuntimeException e) {
            // a defect must not poll again at once, every tick, with the same failure
            wait = afterDefect.afterFailure();
            log.error("Telegram polling failed unexpectedly; next try in {} s", wait.toSeconds(), e);
        }
        pause.start(wait);
        return wait.isZero();
    }
}
