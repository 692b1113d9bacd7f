package io.switchboard.router.announcement;

import io.switchboard.core.announcement.Announcement;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The announcements whose time has come (to go out, or to expire), each claimed by one instance
 * with a conditional update: of two instances that saw it due, one changes the row and goes on,
 * the other's update waits for that one's transaction, then finds nothing left to change and skips.
 */
interface AnnouncementClaims extends Repository<Announcement, Long> {

    /** @return 1 when this instance is the one to fan it out, 0 when another one did or it was retracted */
    @Modifying(flushAutomatically = true)
    @Query("update Announcement a set a.fannedOutAt = :now where a.id = :id and a.fannedOutAt is null"
            + " and a.retractedAt is null")
    int claimFanOut(Long id, Instant now);

    /** Expired by {@code now}, fanned out, not retracted, its expiry not yet carried out. */
    @Query("select a.id from Announcement a where a.expiresAt <= :now and a.fannedOutAt is not null"
            + " and a.expiredAt is null and a.retractedAt is null order by a.id")
    List<Long> expiredIds(Instant now);

    /** @return 1 when this instance is the one to carry out its expiry, 0 when another one did */
    @Modifying(flushAutomatically = true)
    @Query("update Announcement a set a.expiredAt = :now where a.id = :id and a.expiredAt is null")
    int claimExpiry(Long id, Instant now);
}
