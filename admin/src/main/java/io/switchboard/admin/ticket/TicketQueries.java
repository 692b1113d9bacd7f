package io.switchboard.admin.ticket;

import io.switchboard.admin.api.PageResponse;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
    private final Clock clock;

    TicketQueries(TicketRepository tickets, TicketEventRepository events, Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.clock = clock;
    }

    /** @param breached true: only tickets that missed a target */
    PageResponse<TicketSummary> list(TicketStatus status, boolean breached, Pageable pageable) {
        Page<Ticket> page;
        if (breached) {
            page = status == null ? tickets.findByBreachedTrue(pageable)
                    : tickets.findByStatusAndBreachedTrue(status, pageable);
        } else {
            page = status == null ? tickets.findAll(pageable) : tickets.findByStatus(status, pageable);
        }
        return PageResponse.of(page, TicketSummary::from);
    }

    TicketStats stats() {
        List<Ticket> unresolved = tickets.findByStatusIn(TicketStatus.unresolved());
        Instant now = clock.instant();
        return new TicketStats(unresolved.size(), TicketStats.byAge(unresolved.stream()
                        .map(ticket -> Duration.between(ticket.getCreatedAt(), now)).toList()),
                unresolved.stream().filter(Ticket::isBreached).count(),
                tickets.countByFirstResponseBreachedAtIsNotNull(), tickets.countByResolutionBreachedAtIsNotNull());
    }

    Optional<TicketDetail> find(long id) {
        return tickets.findById(id).map(ticket -> new TicketDetail(TicketSummary.from(ticket),
                events.findByTicketOrderByAtAscIdAsc(ticket).stream().map(TicketDetail.HistoryEntry::from).toList()));
    }
}
