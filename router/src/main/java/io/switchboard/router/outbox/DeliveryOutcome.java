package io.switchboard.router.outbox;

/** What one delivery pass did with an outbox entry. */
enum DeliveryOutcome {
    SENT,
    /** Left PENDING for later without counting a try: our throttle or the platform's rate limit. */
    POSTPONED,
    /** A try failed; another follows after the backoff. */
    RETRY,
    FAILED,
    /** Too old to send after all: not sent, its thread handed to staff. */
    EXPIRED,
    CANCELLED,
    /** Another sender had it, or it was no longer due. */
    SKIPPED
}
