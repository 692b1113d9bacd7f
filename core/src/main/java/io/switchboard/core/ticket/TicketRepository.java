package io.switchboard.core.ticket;

import io.switchboard.core.member.Member;
import io.switchboard.core.thread.SupportThread;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Tickets; the staff console's lists combine filters as {@link JpaSpecificationExecutor specifications}. */
public interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    List<Ticket> findByStatusIn(Collection<TicketStatus> statuses);

    long countByFirstResponseBreachedAtIsNotNull();

    long countByResolutionBreachedAtIsNotNull();

    /** The thread's ticket that someone still has to work on; a thread has at most one. */
    default Optional<Ticket> findUnresolvedOf(SupportThread thread) {
        return unresolvedOf(thread, Limit.of(1)).stream().findFirst();
    }

    /**
     * Read as a list: a single-result query throws and catches an exception when there is none, as for nearly
     * every message the intake threads. JPQL with the statuses written out: Hibernate caches the translation of a
     * JPQL query but not of a derived one, nor of one bound to a collection ({@code in :statuses}), which it
     * translates again on every call.
     */
    @Query("select t from Ticket t where t.thread = :thread and t.status in (io.switchboard.core.ticket.TicketStatus.NEW,"
            + " io.switchboard.core.ticket.TicketStatus.OPEN, io.switchboard.core.ticket.TicketStatus.PENDING_USER)")
    List<Ticket> unresolvedOf(SupportThread thread, Limit limit);

    /** The tickets of several threads in one query, oldest first (the last one per thread is the latest). */
    List<Ticket> findByThreadInOrderByIdAsc(Collection<SupportThread> threads);

    /** The queue: tickets in {@code statuses} that nobody has. */
    List<Ticket> findByAssigneeIsNullAndStatusIn(Collection<TicketStatus> statuses);

    List<Ticket> findByThreadMemberAndStatusIn(Member member, Collection<TicketStatus> statuses);

    /** A member's most recent tickets, newest first. */
    List<Ticket> findTop10ByThreadMemberOrderByIdDesc(Member member);

    List<Ticket> findByAssigneeAndStatusIn(String assignee, Collection<TicketStatus> statuses);

    List<Ticket> findByAssigneeIsNotNullAndStatusInAndAssignedAtLessThanEqual(Collection<TicketStatus> statuses,
            Instant assignedBy);

    /** How many tickets in {@code statuses} each assignee holds. */
    @Query("select t.assignee as assignee, count(t) as tickets from Ticket t"
            + " where t.assignee is not null and t.status in :statuses group by t.assignee")
    List<AssigneeLoad> countByAssignee(Collection<TicketStatus> statuses);

    /** How many unresolved tickets each assignee holds, by user name. */
    default Map<String, Long> unresolvedByAssignee() {
        return countByAssignee(TicketStatus.unresolved()).stream()
                .collect(Collectors.toMap(AssigneeLoad::getAssignee, AssigneeLoad::getTickets));
    }

    /** How many tickets are in {@code statuses}, and how many of those missed a target, in one query. */
    @Query("select count(t) as tickets, coalesce(sum(case when t.breached = true then 1 else 0 end), 0) as breached"
            + " from Ticket t where t.status in :statuses")
    BreachCount countWithBreaches(Collection<TicketStatus> statuses);

    /** The one row of {@link #countWithBreaches}. */
    interface BreachCount {

        long getTickets();

        long getBreached();
    }

    /** One row of {@link #countByAssignee}. */
    interface AssigneeLoad {

        String getAssignee();

        long getTickets();
    }
}
