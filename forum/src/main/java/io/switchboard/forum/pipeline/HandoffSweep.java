package io.switchboard.forum.pipeline;

import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.ForumProperties;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The safety net under {@link ForumIntake}: a post is handed to the pipeline after its own commit,
 * so a crash in between would leave a question unanswered and unticketed. Every
 * {@code handoff-sweep-interval} (the {@link HandoffSweepRoute}) the posts of the last day that the
 * pipeline does not have are handed in again ({@link ForumIntake#handInMissed}).
 */
@Component
@ConditionalOnForum
class HandoffSweep {

    /** How far back the sweep looks: a post older than this is not a question waiting any more. */
    static final Duration LOOKBACK = Duration.ofDays(1);
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(HandoffSweep.class);

    private final ForumIntake intake;
    private final Duration interval;
    private final Clock clock;

    HandoffSweep(ForumIntake intake, ForumProperties properties, Clock clock) {
        this.intake = intake;
        this.interval = properties.handoffSweepInterval();
        this.clock = clock;
    }

    void sweep() {
        try {
            intake.handInMissed(clock.instant().minus(LOOKBACK), BATCH);
        } catch (RuntimeException e) {
            // the next sweep is the retry: say when, rather than leave it to Camel's generic failure log
            log.error("Forum hand-off sweep failed; it runs again in {}", interval, e);
        }
    }
}
