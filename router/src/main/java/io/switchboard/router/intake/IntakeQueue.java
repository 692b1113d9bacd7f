package io.switchboard.router.intake;

import io.switchboard.router.config.RouterProperties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The in-memory queue between storing an event and processing it. It is bounded and never blocks
 * the caller: an event that does not fit stays RECEIVED in the database, where the recovery sweep
 * finds it.
 */
@Component
class IntakeQueue {

    private static final Logger log = LoggerFactory.getLogger(IntakeQueue.class);

    private final ProducerTemplate producer;
    private final String uri;
    /** True from the first event that did not fit until one fits again: logged once per overflow. */
    private final AtomicBoolean overflowing = new AtomicBoolean();

    IntakeQueue(ProducerTemplate producer, RouterProperties properties) {
        this.producer = producer;
        this.uri = "seda:intake?size=" + properties.intakeQueueSize();
    }

    /** The endpoint the intake route consumes. */
    String uri() {
        return uri;
    }

    /** Hands a stored event to the intake route; false when it has to wait for the recovery sweep. */
    boolean offer(Long eventId) {
        try {
            producer.sendBody(uri, eventId);
            if (overflowing.compareAndSet(true, false)) {
                log.info("Intake queue has room again; event {} went straight to intake", eventId);
            }
            return true;
        } catch (RuntimeException e) {
            // Queue full, or Camel not started yet: the event is stored, so it is only delayed. A
            // burst would repeat this for every event; the recovery sweep counts what it requeues.
            if (overflowing.compareAndSet(false, true)) {
                log.warn("Stored event {} and the ones after it wait for the recovery sweep until the intake "
                        + "queue has room: {}", eventId, e.getMessage());
            }
            return false;
        }
    }
}
