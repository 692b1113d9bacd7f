package io.switchboard.flow;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Waits for what a page shows next, which comes when the server pushes it: at most {@link #PATIENCE}, looking again
 * every 100 ms, with what was awaited in the failure. A page's elements that a script replaced meanwhile (stale, not
 * yet there) are looked up again rather than failing the wait.
 */
final class BrowserWaits {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private BrowserWaits() {
    }

    static void until(Callable<Boolean> condition, String what) {
        await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(condition);
    }

    static <T> T value(Callable<Optional<T>> found, String what) {
        return await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(found, Optional::isPresent).get();
    }
}
