package io.switchboard.router.announcement;

/** What one pass did with a copy's due step. */
enum StepOutcome {
    DONE,
    /** Our throttle or the platform's rate limit: later, without counting a try. */
    POSTPONED,
    /** The try failed; another follows after the backoff. */
    RETRY,
    FAILED,
    /** Another sender had it, or it was no longer due. */
    SKIPPED
}
