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

    /** PENDING entries that failed or were held back at least once: waiting for a retry. */
    @Query("select count(e) from OutboxEntry e where e.status = io.switchboard.core.outbox.OutboxStatus.PENDING"
            + " and e.lastError is not null")
    long countWaitingForRetry();

    /** As {@link #countWaitingForRetry()}, the entries. */
    @Query("select e from OutboxEntry e where e.status = io.switchboard.core.outbox.OutboxStatus.PENDING"
            + " and e.lastError is not null")
    Page<OutboxEntry> findWaitingForRetry(Pageable pageable);
}
