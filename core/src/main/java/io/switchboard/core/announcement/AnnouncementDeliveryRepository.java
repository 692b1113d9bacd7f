package io.switchboard.core.announcement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnouncementDeliveryRepository extends JpaRepository<AnnouncementDelivery, Long> {

    /** Its copies in the order they were fanned out. */
    List<AnnouncementDelivery> findByAnnouncementIdOrderByIdAsc(Long announcementId);

    List<AnnouncementDelivery> findByAnnouncementIdInOrderByIdAsc(List<Long> announcementIds);
}
