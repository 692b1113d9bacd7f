package io.switchboard.admin.ticket;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.api.PageResponse;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketStatus;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/tickets}: the ticket queue, newest first, and one ticket with its history. */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final TicketQueries queries;

    TicketController(TicketQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    PageResponse<TicketSummary> list(@RequestParam(required = false) TicketStatus status,
            @Valid PageQuery paging) {
        return queries.list(status, paging.pageable(NEWEST_FIRST));
    }

    /** @param reference the id (12) or the number (T-12) */
    @GetMapping("/{reference}")
    TicketDetail get(@PathVariable String reference) {
        long id = TicketReference.id(reference);
        return queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no ticket " + Ticket.NUMBER_PREFIX + id));
    }
}
