package io.switchboard.router.outbox;

import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxRetry;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's "retry now": the reply is due at once, and an open breaker on its channel probes with it
 * rather than after its wait (on this instance; see {@link ChannelBreakers}).
 */
@Service
class OutboxRetryService implements OutboxRetry {

    private final OutboxRepository entries;
    private final ChannelBreakers breakers;
    private final StaffAudit audit;
    private final Clock clock;

    OutboxRetryService(OutboxRepository entries, ChannelBreakers breakers, StaffAudit audit, Clock clock) {
        this.entries = entries;
        this.breakers = breakers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean retryNow(long entryId, String staff) {
        OutboxEntry entry = entries.findById(entryId).orElseThrow(() -> new OutboxEntryNotFoundException(entryId));
        Instant now = clock.instant();
        Object before = StaffAudit.state("status", entry.getStatus(), "attempts", entry.getAttempts(),
                "lastError", entry.getLastError());
        if (!entry.requeue(now)) {
            return false;
        }
        breakers.probeNow(entry.getChannel(), now);
        audit.record(staff, "outbox.retry", AuditTarget.of("outbox-entry", entryId), before,
                StaffAudit.state("status", entry.getStatus(), "nextAttemptAt", now));
        return true;
    }
}
