package io.switchboard.core.announcement;

/** The announcement has no copy with that id. */
public class DeliveryNotFoundException extends RuntimeException {

    public DeliveryNotFoundException(long announcementId, long deliveryId) {
        super("announcement " + announcementId + " has no delivery " + deliveryId);
    }
}
