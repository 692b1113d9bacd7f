package io.switchboard.router.intake;

import io.switchboard.core.ticket.AssignmentLock;
import io.switchboard.router.config.RouterProperties;
import io.switchboard.router.ticket.TicketCreated;
import io.switchboard.router.ticket.TicketPublishRoute;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a lane and decides a batch of its waiting events in one transaction: the database is the queue.
 * The lane's row stays locked until the commit, so no worker of this instance or another decides the
 * lane meanwhile, and a conversation's events are decided one after the other in the order they were
 * stored. A batch ends after the event that took the {@link AssignmentLock}: lock order puts members
 * before it, and the next event could be another member's.
 *
 * <p>When a batch fails, its events are decided again one per transaction: a transient database failure
 * (a deadlock, a lock wait that timed out, an optimistic-lock conflict with a staff action) is tried a few
 * times more, anything else marks that event FAILED, and the others go through.
 */
@Component
class LaneBatches {

    /** Tries after the first for one event; with the backoff below it waits at most 0.2 + 0.4 + 0.8 s. */
    static final int TRANSIENT_RETRIES = 3;
    private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(200);
    private static final Logger log = LoggerFactory.getLogger(LaneBatches.class);

    private final IntakeEvents events;
    private final EntityManager entityManager;
    private final IntakeProcessor processor;
    private final AssignmentLock assignmentLock;
    private final FailedEvents failed;
    private final IntakeSignal signal;
    private final ProducerTemplate producer;
    private final TransactionTemplate tx;
    private final int batchSize;

    LaneBatches(IntakeEvents events, EntityManager entityManager, IntakeProcessor processor, AssignmentLock assignmentLock, FailedEvents failed,
            IntakeSignal signal, ProducerTemplate producer, PlatformTransactionManager transactions,
            RouterProperties properties) {
        this.events = events;
        this.entityManager = entityManager;
        this.processor = processor;
        this.assignmentLock = assignmentLock;
        this.failed = failed;
        this.signal = signal;
        this.producer = producer;
        this.tx = new TransactionTemplate(transactions);
        this.batchSize = properties.intakeBatchSize();
    }

    /**
     * Decides a batch of the free lane whose oldest event has waited longest; returns how many events it
     * decided or marked FAILED, 0 when every lane with waiting events is held by another worker or none waits.
     */
    int decideNext() {
        Batch batch = new Batch();
        List<TicketCreated> tickets;
        try {
            tickets = tx.execute(status -> decide(batch));
        } catch (RuntimeException e) {
            if (batch.eventIds.isEmpty()) {
                throw e;
            }
            log.warn("Lane {}: deciding {} events in one transaction failed ({}); deciding them one at a time",
                    batch.lane, batch.eventIds.size(), e.toString());
            return decideOneByOne(batch);
        }
        announce(Objects.requireNonNull(tickets));
        return batch.decided;
    }

    private List<TicketCreated> decide(Batch batch) {
        List<IntakeEvents.LaneBacklog> waiting = events.lanes().stream().filter(lane -> lane.getOldest() != null)
                .sorted(Comparator.comparing(IntakeEvents.LaneBacklog::getOldest)).toList();
        for (IntakeEvents.LaneBacklog lane : waiting) {
            if (events.lockUnlessTaken(lane.getLane()).isEmpty()) {
                continue;
            }
            batch.lane = lane.getLane().shortValue();
            List<Long> ids = events.waitingIn(batch.lane, Limit.of(batchSize));
            if (ids.isEmpty()) {
                continue; // decided by the worker that held it a moment ago
            }
            if (waiting.size() > 1) {
                signal.wake(); // other lanes wait: a second worker can take one
            }
            List<TicketCreated> tickets = new ArrayList<>();
            for (Long id : ids) {
                batch.eventIds.add(id);
                // each event with a persistence context of its own: before every query Hibernate checks each
                // entity it manages for changes, so a batch's earlier events would make each event dearer
                entityManager.clear();
                events.findWaiting(id).ifPresent(event -> processor.process(event).ticketIfAny().ifPresent(tickets::add));
                entityManager.flush();
                batch.decided++;
                if (assignmentLock.isHeld()) {
                    break;
                }
            }
            return tickets;
        }
        return List.of();
    }

    private int decideOneByOne(Batch batch) {
        int decided = 0;
        for (Long eventId : batch.eventIds) {
            if (!decideAlone(batch.lane, eventId)) {
                break; // another worker took the lane meanwhile: it decides the rest
            }
            decided++;
        }
        return decided;
    }

    /** Returns false when another worker holds the lane. */
    private boolean decideAlone(short lane, Long eventId) {
        for (int tries = 0; ; tries++) {
            try {
                Alone alone = Objects.requireNonNull(tx.execute(status -> {
                    if (events.lockUnlessTaken(lane).isEmpty()) {
                        return Alone.LANE_TAKEN;
                    }
                    return new Alone(true, events.findWaiting(eventId)
                            .flatMap(event -> processor.process(event).ticketIfAny()).orElse(null));
                }));
                if (alone.ticket() != null) {
                    announce(List.of(alone.ticket()));
                }
                return alone.laneHeld();
            } catch (TransientDataAccessException e) {
                if (tries == TRANSIENT_RETRIES) {
                    failed.mark(eventId, e);
                    return true;
                }
                log.warn("Inbound event {} met a transient database failure, trying again: {}", eventId, e.toString());
                pause(FIRST_RETRY_DELAY.multipliedBy(1L << tries));
            } catch (RuntimeException e) {
                failed.mark(eventId, e);
                return true;
            }
        }
    }

    /** New tickets go to the ticket queue once their transaction committed. */
    private void announce(List<TicketCreated> tickets) {
        tickets.forEach(ticket -> producer.sendBody(TicketPublishRoute.ENDPOINT, ticket));
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try an event again", e);
        }
    }

    /** What deciding one event alone came to: whether this worker held the lane, and the ticket to announce. */
    private record Alone(boolean laneHeld, TicketCreated ticket) {

        static final Alone LANE_TAKEN = new Alone(false, null);
    }

    /** What a batch's transaction took, known even when it rolled back. */
    private static final class Batch {

        private short lane;
        private final List<Long> eventIds = new ArrayList<>();
        private int decided;
    }
}
