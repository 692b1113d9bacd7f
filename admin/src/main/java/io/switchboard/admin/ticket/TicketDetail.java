package io.switchboard.admin.ticket;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.switchboard.core.ticket.TicketEvent;
import java.time.Instant;
import java.util.List;

/** A ticket with its history, oldest event first. */
record TicketDetail(@JsonUnwrapped TicketSummary ticket, List<HistoryEntry> history) {

    /** One line of the history: who did what, when ("system" for the pipeline). */
    record HistoryEntry(Instant at, String actor, String action, String detail) {

        static HistoryEntry from(TicketEvent event) {
            return new HistoryEntry(event.getAt(), event.getActor(), event.getAction(), event.getDetail());
        }
    }
}
