package io.switchboard.core.assignment;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database lock under which tickets change hands, held until the caller's transaction ends:
 * whoever serves the queue, on this instance or another, reads the queue and the agents' loads only
 * after the one before committed, so no ticket is given twice and no agent gets more than their
 * capacity. Taking it again in the same transaction is free.
 *
 * <p>Staff actions take it before they change anything, so that every transaction that holds it
 * waits for rows in the same order (the lock first); only the intake takes it late, when a
 * message becomes a ticket.
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
    }
}
