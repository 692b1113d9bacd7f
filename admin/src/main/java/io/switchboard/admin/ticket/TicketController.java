package io.switchboard.admin.ticket;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.api.PageResponse;
import io.switchboard.core.phrasing.TicketAnswers;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.core.ticket.TicketWorkflow;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/tickets}: the tickets, newest first or in queue order, one ticket with its history, tickets opened
 * by hand and changes by staff (recorded in the history under the staff member's name). A change may name
 * the knowledge-base article that answered the ticket ({@code answeredBy}): resolving a ticket with such
 * an article proposes the member's question as a phrasing of it ({@link TicketAnswers}).
 */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

    private final TicketQueries queries;
    private final TicketWorkflow workflow;
    private final TicketAnswers answers;

    TicketController(TicketQueries queries, TicketWorkflow workflow, TicketAnswers answers) {
        this.queries = queries;
        this.workflow = workflow;
        this.answers = answers;
    }

    /**
     * Filtered as {@link TicketFilter} says: {@code ?status=open&assignee=me&order=QUEUE}. Each filter
     * is its own parameter so that a wrong value is answered with the values allowed.
     */
    @GetMapping
    PageResponse<TicketSummary> list(@RequestParam(required = false) TicketStatus status,
            @RequestParam(required = false) TicketCategory category,
            @RequestParam(required = false) TicketPriority priority,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) Boolean vip,
            @RequestParam(defaultValue = "false") boolean breached,
            @RequestParam(defaultValue = "false") boolean phone,
            @RequestParam(defaultValue = "NEWEST") TicketFilter.Order order, @Valid PageQuery paging,
            Principal principal) {
        TicketFilter filter = new TicketFilter(status, category, priority, assignee, vip, breached, phone, order);
        return queries.list(filter.forUser(principal.getName()), paging.pageable(Sort.unsorted()));
    }

    /** Counts for the dashboard: unresolved tickets by age, and SLA breaches. */
    @GetMapping("/stats")
    TicketStats stats() {
        return queries.stats();
    }

    /** @param reference the id (12) or the number (T-12) */
    @GetMapping("/{reference}")
    TicketDetail get(@PathVariable String reference) {
        return detail(TicketReference.id(reference));
    }

    @PostMapping
    ResponseEntity<TicketDetail> open(@Valid @RequestBody TicketRequests.NewTicket request, Principal principal) {
        Ticket ticket = workflow.openByHand(request.subject().strip(), request.category(), request.priority(),
                request.threadId(), principal.getName());
        return ResponseEntity.created(URI.create("/api/tickets/" + ticket.getNumber())).body(detail(ticket.getId()));
    }

    @PatchMapping("/{reference}")
    TicketDetail change(@PathVariable String reference, @RequestBody TicketRequests.Patch patch,
            Principal principal) {
        long id = TicketReference.id(reference);
        if (patch.change().isEmpty() && patch.answeredBy() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "nothing to change: give status, priority, category, assignee or answeredBy");
        }
        answers.change(id, patch.change(), patch.answeredBy(), principal.getName());
        return detail(id);
    }

    private TicketDetail detail(long id) {
        return queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no ticket " + Ticket.NUMBER_PREFIX + id));
    }
}
