package io.switchboard.router.intake;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Wakes an idle intake worker the moment an event is stored on this instance, so a stored event waits
 * for no poll. A counter of wake-ups, not a flag: a worker remembers the count before it looks for work
 * and sleeps only if it has not moved since, so a wake-up between the two is never lost.
 */
@Component
class IntakeSignal {

    private long wakeUps;

    /** Wakes one waiting worker; a worker that finds more work than it takes wakes the next. */
    synchronized void wake() {
        wakeUps++;
        notify();
    }

    /** Wakes every waiting worker: they are stopping. */
    synchronized void wakeAll() {
        wakeUps++;
        notifyAll();
    }

    /** The count to pass to {@link #awaitAfter}, read before looking for work. */
    synchronized long wakeUps() {
        return wakeUps;
    }

    /** Waits until a wake-up after {@code seen}, or {@code atMost}. */
    synchronized void awaitAfter(long seen, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        for (long left = atMost.toNanos(); wakeUps == seen && left > 0; left = deadline - System.nanoTime()) {
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
