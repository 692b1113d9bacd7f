package io.switchboard.core.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    Optional<OutboxEntry> findByDecisionKey(String decisionKey);

    boolean existsByDecisionKey(String decisionKey);

    /** Entries due for a try, oldest first. */
    List<OutboxEntry> findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(
            OutboxStatus status, Instant now, Pageable pageable);

    /** The entries delivering these OUT thread messages: how each of a thread's replies went. */
    List<OutboxEntry> findByThreadMessageIdIn(Collection<Long> threadMessageIds);

    Page<OutboxEntry> findByStatus(OutboxStatus status, Pageable pageable);

    Page<OutboxEntry> findByStatusIn(Collection<OutboxStatus> statuses, Pageable pageable);

    long countByStatus(OutboxStatus status);

    /**
     * PENDING entries waiting for a retry because the platform did not take them: a try failed (a failed try is
     * counted in {@code attempts}, and a PENDING entry was never sent) or the platform rate-limited
     * it (a 429 postpones without counting a try, recording its {@code RATE_LIMITED} error). Our own
     * holds (send rate, the channel's breaker, an earlier reply to the chat) leave an entry out: they
     * record no error. A reply staff sent again after it expired unsent has tried nothing yet.
     */
    @Query("select count(e) from OutboxEntry e where " + PENDING_AFTER_FAILURE_OR_RATE_LIMIT)
    long countPendingAfterFailureOrRateLimit();

    /** As {@link #countPendingAfterFailureOrRateLimit()}, the entries. */
    @Query("select e from OutboxEntry e where " + PENDING_AFTER_FAILURE_OR_RATE_LIMIT)
    Page<OutboxEntry> findPendingAfterFailureOrRateLimit(Pageable pageable);

    /**
     * A 429's lastError starts with the failure's kind, as the outbox's delivery records every platform
     * failure ("RATE_LIMITED: Telegram sendMessage failed: 429 ...").
     */
    String PENDING_AFTER_FAILURE_OR_RATE_LIMIT = "e.status = io.switchboard.core.outbox.OutboxStatus.PENDING"
            + " and (e.attempts > 0 or e.lastError like 'RATE_LIMITED:%')";
}
