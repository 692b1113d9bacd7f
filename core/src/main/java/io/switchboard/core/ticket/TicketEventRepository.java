package io.switchboard.core.ticket;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketEventRepository extends JpaRepository<TicketEvent, Long> {

    List<TicketEvent> findByTicketOrderByAtAscIdAsc(Ticket ticket);

    /** The ticket's latest line of one kind, such as its last {@link TicketEvent#AGENT_REPLY}. */
    Optional<TicketEvent> findFirstByTicketAndActionOrderByAtDescIdDesc(Ticket ticket, String action);
}
