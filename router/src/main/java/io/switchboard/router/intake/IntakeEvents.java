package io.switchboard.router.intake;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundEvent;
import io.switchboard.core.inbound.InboundStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The stored-event queries intake needs beyond core's repository. */
interface IntakeEvents extends Repository<InboundEvent, Long> {

    /** Locks the event row, so that two deliveries of one id to the route are processed one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from InboundEvent e where e.id = :id")
    Optional<InboundEvent> lockById(Long id);

    @Query("select e.id from InboundEvent e where e.status = io.switchboard.core.inbound.InboundStatus.RECEIVED"
            + " and e.storedAt <= :storedBefore order by e.id")
    List<Long> receivedBefore(Instant storedBefore, Pageable page);

    /** How many events are in {@code status}, per channel (channels without any are left out). */
    @Query("select e.channel as channel, count(e) as events from InboundEvent e where e.status = :status"
            + " group by e.channel")
    List<ChannelCount> countByChannel(InboundStatus status);

    /** One row of {@link #countByChannel}. */
    interface ChannelCount {

        Channel getChannel();

        long getEvents();
    }

    /** Marks an event FAILED unless it got past RECEIVED meanwhile; returns 1 when marked. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update InboundEvent e set e.status = io.switchboard.core.inbound.InboundStatus.FAILED,"
            + " e.error = :error, e.processedAt = :at"
            + " where e.id = :id and e.status = io.switchboard.core.inbound.InboundStatus.RECEIVED")
    int markFailed(Long id, Instant at, String error);
}
