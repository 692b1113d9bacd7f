package io.switchboard.router.intake;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundEvent;
import io.switchboard.core.inbound.InboundStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The stored-event queries intake needs beyond core's repository: the lanes' queue and its failures. */
interface IntakeEvents extends Repository<InboundEvent, Long> {

    /**
     * Every lane with its oldest RECEIVED event's id, null for a lane with none: one index lookup per lane,
     * however long the backlog.
     */
    @Query(value = "select cast(l.id as integer) as lane, (select min(e.id) from inbound_event e"
            + " where e.status = 'RECEIVED' and e.lane = l.id) as oldest from intake_lane l", nativeQuery = true)
    List<LaneBacklog> lanes();

    /** One row of {@link #lanes}. */
    interface LaneBacklog {

        Integer getLane();

        Long getOldest();
    }

    /**
     * Locks the lane's row until the transaction ends, unless another transaction (of this instance or another)
     * holds it: then it returns nothing at once instead of waiting.
     */
    @Query(value = "select cast(id as integer) from intake_lane where id = :lane for update skip locked",
            nativeQuery = true)
    List<Integer> lockUnlessTaken(int lane);

    /**
     * The ids of the lane's RECEIVED events, oldest first: the order they are decided in. Ids only: each event is
     * read when its turn comes, with a persistence context of its own.
     */
    @Query("select e.id from InboundEvent e where e.lane = :lane"
            + " and e.status = io.switchboard.core.inbound.InboundStatus.RECEIVED order by e.id")
    List<Long> waitingIn(short lane, Limit limit);

    /** The event, if it is still RECEIVED. */
    @Query("select e from InboundEvent e where e.id = :id"
            + " and e.status = io.switchboard.core.inbound.InboundStatus.RECEIVED")
    Optional<InboundEvent> findWaiting(Long id);

    /** How many events wait to be decided. */
    @Query("select count(e) from InboundEvent e where e.status = io.switchboard.core.inbound.InboundStatus.RECEIVED")
    long countWaiting();

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
