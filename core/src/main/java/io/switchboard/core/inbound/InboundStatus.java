package io.switchboard.core.inbound;

/** Where a stored inbound event is in the pipeline. */
public enum InboundStatus {
    /** Stored, not yet through the intake route (picked up again after a restart). */
    RECEIVED,
    /** The intake route finished with it. */
    PROCESSED,
    /** The intake route failed on it; the error is kept on the event. */
    FAILED
}
