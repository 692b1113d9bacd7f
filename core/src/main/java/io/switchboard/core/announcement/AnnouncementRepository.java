package io.switchboard.core.announcement;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnouncementRepository extends JpaRepository<Announcement, Long> {

    List<Announcement> findAllByRetractedAtIsNullOrderByPublishedAtDescIdDesc();

    /** Retracted ones too: the console shows what happened to their copies. */
    List<Announcement> findAllByOrderByPublishedAtDescIdDesc();

    /** Due for fan-out: published by {@code now}, not fanned out yet, not retracted. */
    List<Announcement> findByFannedOutAtIsNullAndRetractedAtIsNullAndPublishedAtLessThanEqualOrderByIdAsc(Instant now);
}
