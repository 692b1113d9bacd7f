package io.switchboard.helpcenter.request;

import io.switchboard.core.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A request as its page shows it.
 *
 * @param ticketNumber the ticket's number once the pipeline opened it; null while it is being filed
 * @param status the ticket's status, or null while it is being filed
 * @param messages the member's messages and the support team's and bot's delivered replies, in order
 * @param canReply the request is open (or still being filed): the reply box is shown
 * @param canSolve the ticket is unresolved: "mark solved" is offered
 * @param canReopen the ticket was resolved within the reopen window: "reopen" is offered
 */
record RequestView(HelpRequest request, String ticketNumber, TicketStatus status, List<Entry> messages,
        boolean canReply, boolean canSolve, boolean canReopen) {

    enum Speaker {
        MEMBER,
        STAFF,
        BOT
    }

    /**
     * One message.
     *
     * @param solution the support team's last reply on a resolved request: its solution
     */
    record Entry(Speaker speaker, String text, Instant at, List<FileLink> files, boolean solution) {
    }

    /** A file of a message, downloaded by its stored id; named by its place and type, never by its sender. */
    record FileLink(long id, String contentType) {
    }

    /** The status's message key ({@code help.request.status.pending_user}), "being filed" before the ticket. */
    public String statusKey() {
        return "help.request.status." + (status == null ? "filing" : status.name().toLowerCase(Locale.ROOT));
    }

    /** Whether the file is one of this request's messages' (what its page may serve). */
    boolean hasFile(long id) {
        return messages.stream().flatMap(entry -> entry.files().stream()).anyMatch(file -> file.id() == id);
    }
}
