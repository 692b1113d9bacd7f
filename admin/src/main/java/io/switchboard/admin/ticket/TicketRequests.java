package io.switchboard.admin.ticket;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketChange;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** The bodies of the ticket endpoints that write. */
final class TicketRequests {

    private TicketRequests() {
    }

    /** {@code POST /api/tickets}: a ticket opened by hand, optionally about a support thread. */
    record NewTicket(@NotBlank @Size(max = 255) String subject, @NotNull TicketCategory category,
            @NotNull TicketPriority priority, Long threadId) {
    }

    /**
     * {@code PATCH /api/tickets/{ref}}: the fields given change, the others stay; {@code answeredBy} names
     * the knowledge-base article that answered the ticket (a line of its history). A class rather than
     * a record because an absent assignee (keep it) and {@code "assignee": null} (unassign) differ,
     * and only a setter sees the difference: Jackson calls it for an explicit null, never for an
     * absent field.
     */
    static final class Patch {

        @JsonProperty
        private TicketStatus status;
        @JsonProperty
        private TicketPriority priority;
        @JsonProperty
        private TicketCategory category;
        @JsonProperty
        private String answeredBy;
        private Optional<String> assignee;

        @JsonProperty
        void setAssignee(String assignee) {
            this.assignee = Optional.ofNullable(assignee);
        }

        String answeredBy() {
            return answeredBy == null || answeredBy.isBlank() ? null : answeredBy.strip();
        }

        TicketChange change() {
            return new TicketChange(status, priority, category, assignee);
        }
    }
}
