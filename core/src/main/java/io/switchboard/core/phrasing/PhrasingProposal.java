package io.switchboard.core.phrasing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member's question proposed as a new phrasing of the article an agent answered it with. It holds
 * the question's text only (cleaned by {@link MemberQuestion#clean}), never who asked it; the ticket
 * leads staff to the conversation.
 */
@Entity
@Table(name = "phrasing_proposal")
public class PhrasingProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_key", nullable = false, updatable = false)
    private String articleKey;

    /** The article's language the phrasing goes to: the thread's, else guessed from the text. */
    @Column(nullable = false, updatable = false)
    private String lang;

    /** As proposed, or as the manager edited it before approving. */
    @Column(nullable = false)
    private String question;

    /** {@link MemberQuestion#fold} of the question as proposed: one proposal per article and folded question. */
    @Column(nullable = false, updatable = false)
    private String folded;

    /** The ticket it was learnt from; null once that ticket is gone. */
    @Column(name = "ticket_id", updatable = false)
    private Long ticketId;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected PhrasingProposal() {
    }

    PhrasingProposal(String articleKey, String lang, String question, Long ticketId, String proposedBy,
            Instant proposedAt) {
        this.articleKey = articleKey;
        this.lang = lang;
        this.question = question;
        this.folded = MemberQuestion.fold(question);
        this.ticketId = ticketId;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = ProposalStatus.PENDING;
    }

    void approve(String text, String by, Instant at) {
        this.question = text;
        decide(ProposalStatus.APPROVED, by, at);
    }

    void reject(String by, Instant at) {
        decide(ProposalStatus.REJECTED, by, at);
    }

    private void decide(ProposalStatus decision, String by, Instant at) {
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getArticleKey() {
        return articleKey;
    }

    public String getLang() {
        return lang;
    }

    public String getQuestion() {
        return question;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
