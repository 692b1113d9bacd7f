package io.switchboard.core.livechat;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One hand-off of a visitor to a person, from the ticket it opened until an agent closes it: who took it, and
 * how long the visitor waited for the agent and for the first reply.
 */
@Entity
@Table(name = "live_chat")
public class LiveChat {

    /** How a chat ended. */
    public enum Outcome {
        /** Its ticket was resolved with it. */
        RESOLVED,
        /** Its ticket stays open, to be answered later (by e-mail when the visitor left an address). */
        TICKET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visitor_key", nullable = false)
    private String visitorKey;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    private String language;

    @Column(nullable = false)
    private boolean vip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LiveChatState state;

    private String agent;

    @Column(name = "handed_off_at", nullable = false)
    private Instant handedOffAt;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    protected LiveChat() {
    }

    LiveChat(String visitorKey, long ticketId, String language, boolean vip, Instant at) {
        this.visitorKey = visitorKey;
        this.ticketId = ticketId;
        this.language = language;
        this.vip = vip;
        this.state = LiveChatState.WAITING;
        this.handedOffAt = at;
    }

    void join(String agent, Instant at) {
        this.agent = agent;
        this.state = LiveChatState.ACTIVE;
        if (joinedAt == null) {
            joinedAt = at;
        }
    }

    /** Back in the queue (transferred to a team): the next agent joins it again. */
    void requeue() {
        this.agent = null;
        this.state = LiveChatState.WAITING;
    }

    void responded(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    void end(Outcome outcome, Instant at) {
        this.state = LiveChatState.ENDED;
        this.outcome = outcome;
        this.endedAt = at;
    }

    /** How long the visitor waited for an agent to join: until now while nobody has. */
    public Duration waited(Instant now) {
        return Duration.between(handedOffAt, joinedAt != null ? joinedAt : endedAt != null ? endedAt : now);
    }

    public Long getId() {
        return id;
    }

    public String getVisitorKey() {
        return visitorKey;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isVip() {
        return vip;
    }

    public LiveChatState getState() {
        return state;
    }

    public String getAgent() {
        return agent;
    }

    public Instant getHandedOffAt() {
        return handedOffAt;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
