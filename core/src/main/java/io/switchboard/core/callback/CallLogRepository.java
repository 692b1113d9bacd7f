package io.switchboard.core.callback;

import io.switchboard.core.ticket.Ticket;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CallLogRepository extends JpaRepository<CallLog, Long> {

    List<CallLog> findByTicketOrderByLoggedAtAscIdAsc(Ticket ticket);
}
