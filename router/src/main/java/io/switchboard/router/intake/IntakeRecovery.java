package io.switchboard.router.intake;

import io.switchboard.router.config.RouterProperties;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Finds events that were stored but never processed (the process stopped in between, or the
 * intake queue was full) and hands them to the intake route again. An event gets one recovery
 * interval to go through the normal way first.
 */
@Component
class IntakeRecovery {

    private static final Logger log = LoggerFactory.getLogger(IntakeRecovery.class);

    private final IntakeEvents events;
    private final IntakeQueue queue;
    private final RouterProperties properties;
    private final Clock clock;

    IntakeRecovery(IntakeEvents events, IntakeQueue queue, RouterProperties properties, Clock clock) {
        this.events = events;
        this.queue = queue;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns how many events were handed to the intake route again. */
    int requeueStale() {
        List<Long> stale = events.receivedBefore(clock.instant().minus(properties.recoveryInterval()),
                PageRequest.ofSize(properties.intakeQueueSize()));
        int requeued = 0;
        for (Long eventId : stale) {
            if (!queue.offer(eventId)) {
                break;
            }
            requeued++;
        }
        if (!stale.isEmpty()) {
            log.info("Recovery: {} stored events were still unprocessed, {} handed to intake again", stale.size(),
                    requeued);
        }
        return requeued;
    }
}
