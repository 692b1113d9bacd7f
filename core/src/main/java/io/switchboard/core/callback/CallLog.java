package io.switchboard.core.callback;

import io.switchboard.core.ticket.Ticket;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One call an agent made for a ticket: how it went, how long it took, what was said. */
@Entity
@Table(name = "call_log")
public class CallLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private CallOutcome outcome;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(columnDefinition = "text")
    private String notes;

    @Column(name = "logged_by", nullable = false)
    private String loggedBy;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected CallLog() {
    }

    public CallLog(Ticket ticket, CallOutcome outcome, int durationMinutes, String notes, String loggedBy,
            Instant loggedAt) {
        this.ticket = ticket;
        this.outcome = outcome;
        this.durationMinutes = durationMinutes;
        this.notes = notes;
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
    }

    public Long getId() {
        return id;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getNotes() {
        return notes;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }
}
