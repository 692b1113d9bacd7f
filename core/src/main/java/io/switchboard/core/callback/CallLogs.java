package io.switchboard.core.callback;

import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.ticket.InvalidTicketRequestException;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketNotFoundException;
import io.switchboard.core.ticket.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calls agents log on a ticket. A call is a line of the ticket's history and of the staff audit log, like any
 * change of the ticket; a call that reached the member is a response to them, as a reply would be.
 */
@Service
@Transactional
public class CallLogs {

    /** The longest call that can be logged: a shift. */
    public static final int MAX_MINUTES = 600;
    public static final int NOTES_LENGTH = 2000;
    static final String ACTION = "call-logged";

    private final CallLogRepository calls;
    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final StaffAudit audit;
    private final Clock clock;

    CallLogs(CallLogRepository calls, TicketRepository tickets, TicketEventRepository events, StaffAudit audit,
            Clock clock) {
        this.calls = calls;
        this.tickets = tickets;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param notes what was said, or blank
     * @throws TicketNotFoundException when there is no such ticket
     * @throws InvalidTicketRequestException when the duration or the notes are out of bounds
     */
    public CallLog log(long ticketId, CallOutcome outcome, int minutes, String notes, String actor) {
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new InvalidTicketRequestException("minutes", "a call lasts 0 to " + MAX_MINUTES + " minutes");
        }
        String said = notes == null || notes.isBlank() ? null : notes.strip();
        if (said != null && said.codePointCount(0, said.length()) > NOTES_LENGTH) {
            throw new InvalidTicketRequestException("notes", "notes are at most " + NOTES_LENGTH + " characters");
        }
        Ticket ticket = tickets.findById(ticketId).orElseThrow(() -> new TicketNotFoundException(ticketId));
        Instant now = clock.instant();
        CallLog call = calls.save(new CallLog(ticket, outcome, minutes, said, actor, now));
        events.save(new TicketEvent(ticket, now, actor, ACTION, outcome + ", " + minutes + " min"));
        audit.record(actor, "ticket.call", AuditTarget.of("ticket", ticket.getNumber()), null,
                StaffAudit.state("outcome", outcome, "minutes", minutes, "notes", said));
        if (outcome == CallOutcome.REACHED) {
            ticket.markResponded(now);
        } else {
            ticket.touch(now);
        }
        return call;
    }

    @Transactional(readOnly = true)
    public List<CallLog> of(long ticketId) {
        return tickets.findById(ticketId).map(calls::findByTicketOrderByLoggedAtAscIdAsc).orElse(List.of());
    }
}
