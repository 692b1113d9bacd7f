package io.switchboard.admin.ticket;

import io.switchboard.admin.api.PageResponse;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads tickets for the staff API, each answer from one consistent snapshot. */
@Service
@Transactional(readOnly = true)
class TicketQueries {

    private final TicketRepository tickets;
    private final TicketEventRepository events;

    TicketQueries(TicketRepository tickets, TicketEventRepository events) {
        this.tickets = tickets;
        this.events = events;
    }

    PageResponse<TicketSummary> list(TicketStatus status, Pageable pageable) {
        Page<Ticket> page = status == null ? tickets.findAll(pageable) : tickets.findByStatus(status, pageable);
        return PageResponse.of(page, TicketSummary::from);
    }

    Optional<TicketDetail> find(long id) {
        return tickets.findById(id).map(ticket -> new TicketDetail(TicketSummary.from(ticket),
                events.findByTicketOrderByAtAscIdAsc(ticket).stream().map(TicketDetail.HistoryEntry::from).toList()));
    }
}
