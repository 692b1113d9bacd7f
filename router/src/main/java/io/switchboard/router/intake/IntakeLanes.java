package io.switchboard.router.intake;

import io.switchboard.core.inbound.InboundEvent;
import io.switchboard.router.config.RouterProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The intake's workers: each takes a lane with waiting events ({@link LaneBatches}), decides a batch, and
 * takes the next; with nothing to take it sleeps until an event is stored here ({@link IntakeSignal}) or the
 * poll interval passes, which is how it finds events stored by another instance or left RECEIVED by a crash.
 * Conversations hash to {@link InboundEvent#LANES} lanes, so the workers decide different conversations side
 * by side and each conversation in order.
 *
 * <p>While a backlog drains, a line every {@link #PROGRESS_EVERY} says how fast and how much is left.
 *
 * <p>Started after the Camel context (a higher phase), so a ticket decided at start-up can be announced, and
 * stopped before it; a worker finishes its batch before it stops.
 */
@Component
class IntakeLanes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IntakeLanes.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final LaneBatches batches;
    private final IntakeEvents events;
    private final IntakeSignal signal;
    private final int workers;
    private final Duration pollInterval;
    /** True from a failed look for work until one succeeds again: logged once per database outage. */
    private final AtomicBoolean failing = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final LongAdder decidedSinceReport = new LongAdder();
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime());
    private volatile boolean running;

    IntakeLanes(LaneBatches batches, IntakeEvents events, IntakeSignal signal, RouterProperties properties) {
        this.batches = batches;
        this.events = events;
        this.signal = signal;
        this.workers = properties.intakeWorkerCount();
        this.pollInterval = properties.intakePollInterval();
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 1; i <= workers; i++) {
            Thread thread = new Thread(this::work, "intake-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        log.info("Intake: {} workers deciding {} lanes", workers, InboundEvent.LANES);
    }

    @Override
    public synchronized void stop() {
        running = false;
        // Not interrupted: an interrupt in the middle of a file H2's write closes the database.
        signal.wakeAll();
        for (Thread thread : threads) {
            try {
                thread.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void work() {
        while (running) {
            long seen = signal.wakeUps();
            try {
                if (decideNext() == 0) {
                    signal.awaitAfter(seen, pollInterval);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One worker at a time, at most every {@link #PROGRESS_EVERY}, and only while events wait. */
    private void reportProgress(int decided) {
        decidedSinceReport.add(decided);
        long last = lastReport.get();
        long now = System.nanoTime();
        if (now - last < PROGRESS_EVERY.toNanos() || !lastReport.compareAndSet(last, now)) {
            return;
        }
        long waiting = events.countWaiting();
        long done = decidedSinceReport.sumThenReset();
        if (waiting > 0) {
            log.info("Intake: {} events decided in the last {} s, {} waiting", done,
                    Math.round((now - last) / 1e9), waiting);
        }
    }

    private int decideNext() {
        try {
            int decided = batches.decideNext();
            if (failing.compareAndSet(true, false)) {
                log.info("Intake reaches the database again");
            }
            if (decided > 0) {
                reportProgress(decided);
            }
            return decided;
        } catch (RuntimeException e) {
            if (failing.compareAndSet(false, true)) {
                log.error("Intake cannot take events from the database; trying again every {}", pollInterval, e);
            }
            return 0;
        }
    }
}
