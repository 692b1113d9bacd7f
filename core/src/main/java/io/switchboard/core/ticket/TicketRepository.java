package io.switchboard.core.ticket;

import io.switchboard.core.thread.SupportThread;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketRepository extends JpaRepository<Ticket, Long> {

    Page<Ticket> findByStatus(TicketStatus status, Pageable pageable);

    Optional<Ticket> findFirstByThreadAndStatusIn(SupportThread thread, Collection<TicketStatus> statuses);

    /** The tickets of several threads in one query, oldest first (the last one per thread is the latest). */
    List<Ticket> findByThreadInOrderByIdAsc(Collection<SupportThread> threads);
}
