package io.switchboard.verify.report;

/** Where staff are with a reported fake. */
public enum SuspectStatus {
    /** Reported, nobody has acted yet. */
    OPEN,
    /** Staff asked the platform (or registrar, or carrier) to take it down. */
    TAKEDOWN_REQUESTED,
    /** Gone. */
    TAKEN_DOWN,
    /** Not a fake after all, or not worth acting on. */
    DISMISSED
}
