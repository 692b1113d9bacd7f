package io.switchboard.core.outbox;

/** Staff's "retry now" on a reply that failed, expired or waits for a retry. */
public interface OutboxRetry {

    /**
     * Makes the entry due now (a failed or expired one PENDING again, its age counting from now)
     * and lets its channel's breaker probe at once; audited.
     *
     * @throws OutboxEntryNotFoundException when there is no such entry
     * @return false when it was sent or cancelled already: nothing changed
     */
    boolean retryNow(long entryId, String staff);

    class OutboxEntryNotFoundException extends RuntimeException {
        public OutboxEntryNotFoundException(long id) {
            super("no outbox entry " + id);
        }
    }
}
