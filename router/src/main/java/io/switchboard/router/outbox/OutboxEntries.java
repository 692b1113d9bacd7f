package io.switchboard.router.outbox;

import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.Sender;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.thread.SupportThread;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The outbox queries delivery needs beyond core's repository: claiming and cancelling in one statement. */
interface OutboxEntries extends Repository<OutboxEntry, Long> {

    @Query("select new io.switchboard.router.outbox.DueEntry(e.id, e.channel, e.chatId) from OutboxEntry e"
            + " where e.status = io.switchboard.core.outbox.OutboxStatus.PENDING and e.nextAttemptAt <= :now"
            + " order by e.id")
    List<DueEntry> due(Instant now, Pageable page);

    /** When the earliest pending entry is due (it may be now, or past): empty when none is pending. */
    @Query("select min(e.nextAttemptAt) from OutboxEntry e"
            + " where e.status = io.switchboard.core.outbox.OutboxStatus.PENDING")
    Optional<Instant> nextDue();

    /** When the chat's earlier entries still pending are due, oldest entry first. */
    @Query("select e.nextAttemptAt from OutboxEntry e where e.channel = :channel and e.chatId = :chatId"
            + " and e.status = io.switchboard.core.outbox.OutboxStatus.PENDING and e.id < :id order by e.id")
    List<Instant> earlierPending(Channel channel, String chatId, Long id, Pageable page);

    /**
     * Claims a due entry for one sender by moving its next try past the lease: of two pollers
     * that saw it due, only one updates the row. A sender that dies leaves it due again after the lease.
     *
     * @return 1 when claimed, 0 when another sender has it or it is no longer due
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxEntry e set e.nextAttemptAt = :leaseUntil where e.id = :id"
            + " and e.status = io.switchboard.core.outbox.OutboxStatus.PENDING and e.nextAttemptAt <= :now")
    int claim(Long id, Instant now, Instant leaseUntil);

    /**
     * Makes due now every pending entry whose platform call was interrupted and that waits for a
     * later try (the lease of a sender that died, or the backoff after a failed lookup).
     *
     * @return how many
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxEntry e set e.nextAttemptAt = :now where e.status = io.switchboard.core.outbox.OutboxStatus.PENDING"
            + " and e.inFlightSince is not null and e.nextAttemptAt > :now")
    int releaseInterrupted(Instant now);

    /** The senders of the thread's replies, latest first (a reply's thread message and entry are written together). */
    @Query("select e.senderKind from OutboxEntry e, ThreadMessage m where e.threadMessageId = m.id"
            + " and m.thread = :thread order by m.id desc")
    List<Sender.Kind> senderOfLastReply(SupportThread thread, Pageable page);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxEntry e set e.status = io.switchboard.core.outbox.OutboxStatus.CANCELLED,"
            + " e.lastError = :reason where e.channel = :channel and e.chatId = :chatId"
            + " and e.status = io.switchboard.core.outbox.OutboxStatus.PENDING")
    int cancelPending(Channel channel, String chatId, String reason);
}
