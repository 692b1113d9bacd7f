package io.switchboard.core.inbound;

/** Where a stored inbound event is in the pipeline. */
public enum InboundStatus {
    /** Stored, not yet decided: waiting in its lane (docs/architecture.md, "Intake lanes"). */
    RECEIVED,
    /** Decided. */
    PROCESSED,
    /** Deciding it failed; the error is kept on the event. */
    FAILED
}
