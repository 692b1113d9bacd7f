package io.switchboard.core.ticket;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketEventRepository extends JpaRepository<TicketEvent, Long> {

    List<TicketEvent> findByTicketOrderByAtAscIdAsc(Ticket ticket);
}
