package io.switchboard.core.announcement;

import java.time.Instant;
import java.util.List;

/**
 * An announcement as staff see it: its content, who wrote it, whether it went out or was
 * retracted, and each of its copies on the channels.
 *
 * @param fannedOutAt when its copies were created, null while it is scheduled
 * @param retractedAt null unless retracted
 * @param expiredAt when its expiry was carried out on its copies (pins taken down), null before
 */
public record AnnouncementRecord(AnnouncementContent content, String createdBy, Instant createdAt,
        Instant fannedOutAt, Instant retractedAt, Instant expiredAt, List<AnnouncementDelivery> deliveries) {

    static AnnouncementRecord of(Announcement announcement, List<AnnouncementDelivery> deliveries) {
        return new AnnouncementRecord(announcement.toContent(), announcement.getCreatedBy(),
                announcement.getCreatedAt(), announcement.getFannedOutAt(), announcement.getRetractedAt(),
                announcement.getExpiredAt(), List.copyOf(deliveries));
    }

    public boolean scheduled() {
        return fannedOutAt == null && retractedAt == null;
    }

    public boolean expired() {
        return expiredAt != null && retractedAt == null;
    }

    public boolean retracted() {
        return retractedAt != null;
    }

    public long failedCount() {
        return deliveries.stream().filter(d -> d.getState() == DeliveryState.FAILED).count();
    }
}
