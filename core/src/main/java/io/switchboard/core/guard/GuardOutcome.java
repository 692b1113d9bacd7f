package io.switchboard.core.guard;

/** Where a guard decision stands. */
public enum GuardOutcome {
    /** Flagged or held: waiting for a moderator, nothing was done on the platform. */
    PENDING,
    /** The action was carried out on the platform. */
    DONE,
    /** The platform did not take the action; {@code detail} says why. */
    FAILED,
    /** A moderator undid it: the member was unmuted or unbanned, the message shown again where possible. */
    UNDONE
}
