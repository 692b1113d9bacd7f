package io.switchboard.core.ticket;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The database lock under which tickets change hands, held until the caller's transaction ends:
 * whoever serves the queue, on this instance or another, reads the queue and the agents' loads only
 * after the one before committed, so no ticket is given twice and no agent gets more than their
 * capacity. Taking it again in the same transaction is free.
 *
 * <p>Lock order, so that two transactions never wait for each other (on PostgreSQL one of them
 * would fail with "deadlock detected"): <b>the member's row, then this lock, then tickets and
 * agents.</b> The intake locks the member whose message it handles as it reads them, and takes
 * this lock late, when the message becomes a ticket; staff changing a member ({@link VipMembers})
 * lock the member before this lock. Every other staff action, and the periodic SLA check, takes
 * this lock before it changes a ticket or an agent, and none changes a member after it. The intake decides
 * several events in one transaction, each possibly of another member, so it ends its transaction after an
 * event that took this lock ({@link #isHeld()}) and never locks a member after it.
 */
@Component
public class AssignmentLock {

    private final EntityManager entityManager;

    AssignmentLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits until this transaction holds the lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void acquire() {
        entityManager.createNativeQuery("select id from assignment_lock where id = 1 for update").getSingleResult();
        if (!isHeld()) {
            TransactionSynchronizationManager.registerSynchronization(new Held());
        }
    }

    /**
     * Whether the current transaction holds the lock. Told by a synchronization rather than a bound resource:
     * a transaction started inside this one (REQUIRES_NEW) does not see its outer transaction's synchronizations,
     * and does not hold its locks either.
     */
    public boolean isHeld() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(Held.class::isInstance);
    }

    /** Marks a transaction that took the lock; it does nothing at the transaction's end, when the lock goes. */
    private static final class Held implements TransactionSynchronization {
    }
}
