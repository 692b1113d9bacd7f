package io.switchboard.admin.thread;

import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxStatus;
import java.time.Instant;

/**
 * How an outgoing message's delivery went, from its outbox entry.
 *
 * @param reason why the latest try failed (while waiting for a retry) or why it was given up
 */
record Delivery(OutboxStatus status, int attempts, String reason, Instant sentAt) {

    static Delivery of(OutboxEntry entry) {
        return new Delivery(entry.getStatus(), entry.getAttempts(), entry.getLastError(), entry.getSentAt());
    }

    public boolean waiting() {
        return status == OutboxStatus.PENDING;
    }
}
