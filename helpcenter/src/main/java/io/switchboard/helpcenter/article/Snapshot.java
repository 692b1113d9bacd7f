package io.switchboard.helpcenter.article;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from the database on first use and kept until {@link #drop} says it changed: what the
 * help center's pages read instead of the database. One reader loads at a time, the others wait for its
 * value. A load that read before a change was committed can finish after the change's {@link #drop}: its
 * value goes to the reader that asked, but is not kept. {@code drop} never waits, so the thread that
 * committed a change (which calls it) never waits for a reader's query.
 */
final class Snapshot<T> {

    private final Supplier<T> load;
    private final AtomicLong changes = new AtomicLong();
    private volatile T current;

    Snapshot(Supplier<T> load) {
        this.load = load;
    }

    T get() {
        T value = current;
        return value != null ? value : load();
    }

    /** Called after a change was committed. */
    void drop() {
        changes.incrementAndGet();
        current = null;
    }

    private synchronized T load() {
        T value = current;
        if (value != null) {
            return value;
        }
        long seen = changes.get();
        value = load.get();
        current = value;
        // a drop since the read began may have come before the line above: then the value is not kept
        if (changes.get() != seen) {
            current = null;
        }
        return value;
    }
}
