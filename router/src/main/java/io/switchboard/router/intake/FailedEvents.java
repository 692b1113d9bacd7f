package io.switchboard.router.intake;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Records why an event could not be decided, so it is visible to staff and not tried again. */
@Component
class FailedEvents {

    private static final Logger log = LoggerFactory.getLogger(FailedEvents.class);

    private final IntakeEvents events;
    private final TransactionTemplate tx;
    private final Clock clock;

    FailedEvents(IntakeEvents events, PlatformTransactionManager transactions, Clock clock) {
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Marks the event FAILED, in a transaction of its own, unless it was decided meanwhile. */
    void mark(Long eventId, Throwable cause) {
        Integer marked = tx.execute(status -> events.markFailed(eventId, clock.instant(), describe(cause)));
        if (marked != null && marked == 1) {
            log.error("Inbound event {} could not be decided and is marked FAILED", eventId, cause);
        }
    }

    static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder(cause.toString());
        for (Throwable inner = cause.getCause(); inner != null && inner != inner.getCause(); inner = inner.getCause()) {
            text.append("; caused by ").append(inner);
        }
        return text.toString();
    }
}
