package io.switchboard.core.phrasing;

import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.ticket.InvalidTicketRequestException;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketChange;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketNotFoundException;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.core.ticket.TicketWorkflow;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which article answered a ticket, and what the knowledge base learns when the ticket is resolved.
 * The article is a line of the ticket's history ({@link #ANSWER_ARTICLE}, its key as the detail),
 * written when a staff member sends the article in a reply on the ticket's thread or marks it as the
 * answer; resolving the ticket with such a line proposes the member's question as a phrasing of the
 * last article named ({@link PhrasingProposals}).
 */
@Service
@Transactional
public class TicketAnswers {

    /** The ticket history's action for "answered with this article". */
    public static final String ANSWER_ARTICLE = "answer-article";

    private final TicketWorkflow workflow;
    private final TicketRepository tickets;
    private final TicketEventRepository events;
    private final SupportThreadRepository threads;
    private final KnowledgeBase knowledgeBase;
    private final PhrasingProposals proposals;
    private final Clock clock;

    TicketAnswers(TicketWorkflow workflow, TicketRepository tickets, TicketEventRepository events,
            SupportThreadRepository threads, KnowledgeBase knowledgeBase, PhrasingProposals proposals, Clock clock) {
        this.workflow = workflow;
        this.tickets = tickets;
        this.events = events;
        this.threads = threads;
        this.knowledgeBase = knowledgeBase;
        this.proposals = proposals;
        this.clock = clock;
    }

    /**
     * A staff member sent the article in a reply on the thread: its unresolved ticket, if it has one,
     * notes it as the answer.
     *
     * @throws InvalidTicketRequestException ({@code articleKey}) when there is no such article
     */
    public void articleSent(long threadId, String articleKey, String by) {
        requireArticle("articleKey", articleKey);
        threads.findById(threadId)
                .flatMap(tickets::findUnresolvedOf)
                .ifPresent(ticket -> note(ticket, articleKey, by));
    }

    /**
     * Staff change a ticket ({@link TicketWorkflow#change}) and may name the article that answered it.
     * When the ticket is resolved by the change, or the article is named on a resolved ticket, the
     * member's question is proposed for the article named now, else for the last one sent or named.
     *
     * @param answeredBy the article's key, or null
     * @return what became of the question; empty when there was nothing to propose
     * @throws InvalidTicketRequestException when there is no such article
     * @throws TicketNotFoundException, and what {@link TicketWorkflow#change} throws
     */
    public Optional<ProposalOutcome> change(long ticketId, TicketChange change, String answeredBy, String by) {
        if (answeredBy != null) {
            requireArticle("answeredBy", answeredBy);
        }
        Ticket ticket = change.isEmpty()
                ? tickets.findById(ticketId).orElseThrow(() -> new TicketNotFoundException(ticketId))
                : workflow.change(ticketId, change, by);
        if (answeredBy != null) {
            note(ticket, answeredBy, by);
        }
        boolean resolvedNow = change.status() == TicketStatus.RESOLVED;
        boolean namedOnResolved = answeredBy != null && !ticket.getStatus().isUnresolved();
        if (!resolvedNow && !namedOnResolved) {
            return Optional.empty();
        }
        return events.findFirstByTicketAndActionOrderByAtDescIdDesc(ticket, ANSWER_ARTICLE)
                .filter(answer -> knowledgeBase.article(answer.getDetail()).isPresent())
                .map(answer -> proposals.propose(ticket, answer.getDetail(), answer.getActor()));
    }

    private void note(Ticket ticket, String articleKey, String by) {
        events.save(new TicketEvent(ticket, clock.instant(), by, ANSWER_ARTICLE, articleKey));
    }

    private void requireArticle(String field, String articleKey) {
        if (knowledgeBase.article(articleKey).isEmpty()) {
            throw new InvalidTicketRequestException(field, "no knowledge-base article '" + articleKey + "'");
        }
    }
}
