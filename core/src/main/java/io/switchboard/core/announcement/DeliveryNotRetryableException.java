package io.switchboard.core.announcement;

/** Only a failed copy can be retried. */
public class DeliveryNotRetryableException extends RuntimeException {

    public DeliveryNotRetryableException(long deliveryId, DeliveryState state) {
        super("delivery " + deliveryId + " is " + state + ", not FAILED: there is nothing to retry");
    }
}
