package io.switchboard.core.ticket;

import io.switchboard.core.thread.SupportThread;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketRepository extends JpaRepository<Ticket, Long> {

    Page<Ticket> findByStatus(TicketStatus status, Pageable pageable);

    Optional<Ticket> findFirstByThreadAndStatusIn(SupportThread thread, Collection<TicketStatus> statuses);
}
