package io.switchboard.admin.announcement;

import io.switchboard.core.announcement.AnnouncementDelivery;
import io.switchboard.core.announcement.DeliveryState;
import io.switchboard.core.announcement.DeliveryStep;
import io.switchboard.core.channel.Channel;
import java.time.Instant;

/**
 * One copy of an announcement in the API and the console.
 *
 * @param step what is still to do on the platform, null when nothing
 * @param attempts failed tries of that step
 * @param retried how often staff asked for a retry
 * @param note what the platform cannot do with this copy (X cannot edit)
 */
public record DeliveryView(long id, Channel channel, String target, DeliveryState state, DeliveryStep step,
        String platformMessageId, String url, boolean pinned, int attempts, int retried, String lastError,
        String note, Instant updatedAt) {

    public static DeliveryView of(AnnouncementDelivery delivery) {
        return new DeliveryView(delivery.getId(), delivery.getChannel(), delivery.getTarget(), delivery.getState(),
                delivery.getStep(), delivery.getPlatformMessageId(), delivery.getUrl(), delivery.isPinned(),
                delivery.getAttempts(), delivery.getRetried(), delivery.getLastError(), delivery.getNote(),
                delivery.getUpdatedAt());
    }

    public boolean failed() {
        return state == DeliveryState.FAILED;
    }
}
