package io.switchboard.router.announcement;

import io.switchboard.core.announcement.AnnouncementDelivery;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The announcement copies with a step due, claimed one sender at a time as the outbox claims replies. */
interface BroadcastQueue extends Repository<AnnouncementDelivery, Long> {

    @Query("select d.id from AnnouncementDelivery d where d.state = io.switchboard.core.announcement.DeliveryState.WAITING"
            + " and d.nextAttemptAt <= :now order by d.id")
    List<Long> dueIds(Instant now, Pageable page);

    /**
     * Moves a due copy's next try past the lease: of two pollers that saw it due, one gets it. A
     * sender that dies leaves it due again after the lease.
     *
     * @return 1 when claimed, 0 when another sender has it or it is no longer due
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AnnouncementDelivery d set d.nextAttemptAt = :leaseUntil where d.id = :id"
            + " and d.state = io.switchboard.core.announcement.DeliveryState.WAITING and d.nextAttemptAt <= :now")
    int claim(Long id, Instant now, Instant leaseUntil);
}
