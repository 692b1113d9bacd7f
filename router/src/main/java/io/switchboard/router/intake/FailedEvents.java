package io.switchboard.router.intake;

import io.switchboard.router.config.RouteFailureHandler;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Records a failure on the stored event a route was processing, so it is visible and not retried. */
@Component
class FailedEvents implements RouteFailureHandler {

    /** The header carrying the id of the stored event an exchange is about. */
    static final String EVENT_ID = "SwitchboardInboundEventId";
    private static final Logger log = LoggerFactory.getLogger(FailedEvents.class);

    private final IntakeEvents events;
    private final TransactionTemplate tx;
    private final Clock clock;

    FailedEvents(IntakeEvents events, PlatformTransactionManager transactions, Clock clock) {
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void onFailure(Exchange exchange, Throwable cause) {
        Long eventId = exchange.getMessage().getHeader(EVENT_ID, Long.class);
        if (eventId == null) {
            return;
        }
        Integer marked = tx.execute(status -> events.markFailed(eventId, clock.instant(), describe(cause)));
        if (marked != null && marked == 1) {
            log.warn("Inbound event {} marked FAILED", eventId);
        }
    }

    static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown error";
        }
        StringBuilder text = new StringBuilder(cause.toString());
        for (Throwable inner = cause.getCause(); inner != null && inner != inner.getCause(); inner = inner.getCause()) {
            text.append("; caused by ").append(inner);
        }
        return text.toString();
    }
}
