package io.switchboard.core.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a ticket's history: who did what, when. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

    public static final String ASSIGNED = "assigned";

    /** A staff reply the member was sent (its text is the detail); notes for staff only are other actions. */
    public static final String AGENT_REPLY = "agent-reply";

    /** The actor of what Switchboard does by itself. */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(nullable = false)
    private Instant at;

    /** A staff username, or "system" for the pipeline. */
    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(columnDefinition = "text")
    private String detail;

    protected TicketEvent() {
    }

    public TicketEvent(Ticket ticket, Instant at, String actor, String action, String detail) {
        this.ticket = ticket;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
    }

    /** The history line of a change of assignee; {@code null} is nobody. */
    public static TicketEvent assigned(Ticket ticket, Instant at, String actor, String from, String to) {
        return assigned(ticket, at, actor, from, to, null);
    }

    /** @param why what made Switchboard move it ("dana went offline"), or null */
    public static TicketEvent assigned(Ticket ticket, Instant at, String actor, String from, String to,
            String why) {
        return new TicketEvent(ticket, at, actor, ASSIGNED,
                orNobody(from) + " -> " + orNobody(to) + (why == null ? "" : " (" + why + ")"));
    }

    private static String orNobody(String assignee) {
        return assignee == null ? "nobody" : assignee;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
