package io.switchboard.core.announcement;

/** Where one copy of an announcement stands on its platform. */
public enum DeliveryState {
    /** A step (publish, pin, edit, retract) is waiting for its turn or for a retry. */
    WAITING,
    /** The platform has the copy as it should be; {@code platformMessageId} says as what. */
    SENT,
    /** The last step failed for good, or after too many tries; {@code lastError} says why. A retry repeats it. */
    FAILED,
    /**
     * The announcement expired: a published copy stays on its platform as history (unpinned first),
     * one not yet published never goes out.
     */
    EXPIRED,
    /** The copy was deleted or hidden on its platform, or never published before the retraction. */
    RETRACTED
}
