package io.switchboard.core.ticket;

import java.util.Optional;

/**
 * What a staff member changes on a ticket; a null component is left as it is.
 *
 * @param assignee null keeps the assignee, an empty Optional takes the ticket off whoever had it,
 *     a user name gives it to that staff member
 */
public record TicketChange(TicketStatus status, TicketPriority priority, TicketCategory category,
        Optional<String> assignee) {

    public boolean isEmpty() {
        return status == null && priority == null && category == null && assignee == null;
    }
}
