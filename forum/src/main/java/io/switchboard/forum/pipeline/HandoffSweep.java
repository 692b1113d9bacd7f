package io.switchboard.forum.pipeline;

import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.ForumProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The safety net under {@link ForumIntake}: a post is handed to the pipeline after its own commit,
 * so a crash in between would leave a question unanswered and unticketed. Every
 * {@code handoff-sweep-interval} the posts of the last day that the pipeline does not have are
 * handed in again ({@link ForumIntake#handInMissed}).
 */
@Component
@ConditionalOnForum
class HandoffSweep implements SmartLifecycle {

    /** How far back the sweep looks: a post older than this is not a question waiting any more. */
    static final Duration LOOKBACK = Duration.ofDays(1);
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(HandoffSweep.class);

    private final ForumIntake intake;
    private final Duration interval;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    HandoffSweep(ForumIntake intake, ForumProperties properties, Clock clock) {
        this.intake = intake;
        this.interval = properties.handoffSweepInterval();
        this.clock = clock;
    }

    void sweep() {
        try {
            intake.handInMissed(clock.instant().minus(LOOKBACK), BATCH);
        } catch (RuntimeException e) {
            // An exception escaping a scheduled task would cancel every later sweep.
            log.error("Forum hand-off sweep failed; it runs again in {}", interval, e);
        }
    }

    @Override
    public synchronized void start() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "forum-handoff-sweep");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
