package io.switchboard.router.intake;

import io.switchboard.router.config.RouterProperties;
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
            return true;
        } catch (RuntimeException e) {
            // Queue full, or Camel not started yet: the event is stored, so it is only delayed.
            log.warn("Stored event {} waits for the recovery sweep: {}", eventId, e.getMessage());
            return false;
        }
    }
}
