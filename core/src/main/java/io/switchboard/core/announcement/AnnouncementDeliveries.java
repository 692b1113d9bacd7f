package io.switchboard.core.announcement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff's hand on an announcement's copies: trying a failed one again, or all failed ones at once. */
@Service
@Transactional
public class AnnouncementDeliveries {

    private final AnnouncementDeliveryRepository deliveries;
    private final Clock clock;

    AnnouncementDeliveries(AnnouncementDeliveryRepository deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /**
     * Repeats a failed copy's last step now.
     *
     * @throws DeliveryNotFoundException when the announcement has no such copy
     * @throws DeliveryNotRetryableException when the copy has not failed
     */
    public AnnouncementDelivery retry(long announcementId, long deliveryId) {
        AnnouncementDelivery delivery = deliveries.findById(deliveryId)
                .filter(d -> d.getAnnouncementId() == announcementId)
                .orElseThrow(() -> new DeliveryNotFoundException(announcementId, deliveryId));
        if (!delivery.retry(clock.instant())) {
            throw new DeliveryNotRetryableException(deliveryId, delivery.getState());
        }
        return delivery;
    }

    /** Repeats every failed copy's last step now; returns the copies retried. */
    public List<AnnouncementDelivery> retryFailed(long announcementId) {
        Instant now = clock.instant();
        return deliveries.findByAnnouncementIdOrderByIdAsc(announcementId).stream()
                .filter(delivery -> delivery.retry(now))
                .toList();
    }
}
