package io.switchboard.core.phrasing;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleNotFoundException;
import io.switchboard.core.knowledge.ArticleRepository;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.ticket.Ticket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base learning from agents: a member's question answered with an article becomes a
 * proposed phrasing of it, and a manager's approval adds it to the article through
 * {@link KnowledgeBase#update}, so that the answer engine reindexes the article as for any edit.
 *
 * <p>A question is proposed once per article (folded alike, {@link MemberQuestion#fold}), never when
 * the article has it already, and never when the engine already answers it with that article on its
 * own (its decision for the question, on the ticket's channel, is an auto-answer with that article):
 * such a phrasing would change nothing.
 */
@Service
@Transactional
public class PhrasingProposals {

    private static final String AUDIT_TARGET = "phrasing-proposal";

    private final PhrasingProposalRepository proposals;
    private final TicketQuestions questions;
    private final KnowledgeBase knowledgeBase;
    private final ArticleRepository articles;
    private final ObjectProvider<AnswerEngine> engine;
    private final StaffAudit audit;
    private final Clock clock;

    PhrasingProposals(PhrasingProposalRepository proposals, TicketQuestions questions, KnowledgeBase knowledgeBase,
            ArticleRepository articles, ObjectProvider<AnswerEngine> engine, StaffAudit audit, Clock clock) {
        this.proposals = proposals;
        this.questions = questions;
        this.knowledgeBase = knowledgeBase;
        this.articles = articles;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Proposes the ticket's question as a phrasing of {@code articleKey}, unless there is nothing to
     * learn from it.
     *
     * @param by the staff member whose answer it was
     * @throws ArticleNotFoundException when there is no such article
     */
    public ProposalOutcome propose(Ticket ticket, String articleKey, String by) {
        // Proposals for one article take turns, so two tickets resolved at once with the same question
        // make one proposal rather than trip its unique key and fail the second resolution.
        ArticleContent article = articles.lockByKey(articleKey)
                .orElseThrow(() -> new ArticleNotFoundException(articleKey)).toContent();
        String question = questions.questionOf(ticket).map(MemberQuestion::clean).orElse("");
        String folded = MemberQuestion.fold(question);
        if (folded.isEmpty()) {
            return ProposalOutcome.NO_QUESTION;
        }
        if (holds(article, folded) || proposals.existsByArticleKeyAndFolded(articleKey, folded)) {
            return ProposalOutcome.KNOWN;
        }
        SupportThread thread = ticket.getThread();
        if (answeredAlready(articleKey, new AnswerQuery(question, thread.getChannel(), thread.isPrivateChat(),
                thread.getLanguage()))) {
            return ProposalOutcome.ANSWERED_ALREADY;
        }
        String language = thread.getLanguage() != null ? thread.getLanguage() : MemberQuestion.guessLanguage(question);
        proposals.save(new PhrasingProposal(articleKey, language, question, ticket.getId(), by, clock.instant()));
        return ProposalOutcome.PROPOSED;
    }

    /** Oldest first: the longest waiting is decided first. */
    @Transactional(readOnly = true)
    public Page<PhrasingProposal> pending(Pageable page) {
        return proposals.findByStatusOrderByProposedAtAscIdAsc(ProposalStatus.PENDING, page);
    }

    @Transactional(readOnly = true)
    public Optional<PhrasingProposal> find(long id) {
        return proposals.findById(id);
    }

    /**
     * Adds the question, or the manager's edit of it, to the article's phrasings in the question's
     * language (else English, else the article's first language).
     *
     * @param edited the phrasing as the manager corrected it, or null to take the question as proposed
     * @throws ProposalNotFoundException, ProposalDecidedException, ArticleNotFoundException (deleted since)
     * @throws IllegalArgumentException when the edit leaves no question
     */
    public PhrasingProposal approve(long id, String edited, String by) {
        PhrasingProposal proposal = pendingProposal(id);
        String phrasing = edited == null ? proposal.getQuestion() : MemberQuestion.clean(edited);
        if (MemberQuestion.fold(phrasing).isEmpty()) {
            throw new IllegalArgumentException("the phrasing must hold a question, not only links, handles or numbers");
        }
        ArticleContent article = knowledgeBase.article(proposal.getArticleKey())
                .orElseThrow(() -> new ArticleNotFoundException(proposal.getArticleKey())).content();
        if (!holds(article, MemberQuestion.fold(phrasing))) {
            knowledgeBase.update(article.key(), withPhrasing(article, proposal.getLang(), phrasing), by);
        }
        Object before = decision(proposal);
        proposal.approve(phrasing, by, clock.instant());
        audit.record(by, "phrasing.approve", AuditTarget.of(AUDIT_TARGET, id), before, decision(proposal));
        return proposal;
    }

    /** @throws ProposalNotFoundException, ProposalDecidedException */
    public PhrasingProposal reject(long id, String by) {
        PhrasingProposal proposal = pendingProposal(id);
        Object before = decision(proposal);
        proposal.reject(by, clock.instant());
        audit.record(by, "phrasing.reject", AuditTarget.of(AUDIT_TARGET, id), before, decision(proposal));
        return proposal;
    }

    private PhrasingProposal pendingProposal(long id) {
        PhrasingProposal proposal = proposals.findById(id).orElseThrow(() -> new ProposalNotFoundException(id));
        if (proposal.getStatus() != ProposalStatus.PENDING) {
            throw new ProposalDecidedException(proposal);
        }
        return proposal;
    }

    private boolean answeredAlready(String articleKey, AnswerQuery query) {
        AnswerEngine answers = engine.getIfAvailable();
        if (answers == null) {
            return false;
        }
        AnswerDecision decision = answers.decide(query);
        return decision.autoAnswer() && articleKey.equals(decision.articleKey());
    }

    /** Whether a title or phrasing of the article, in any language, folds to {@code folded}. */
    private static boolean holds(ArticleContent article, String folded) {
        return article.variants().values().stream()
                .flatMap(text -> Stream.concat(Stream.of(text.title()),
                        text.phrasings().stream()))
                .anyMatch(known -> MemberQuestion.fold(known).equals(folded));
    }

    private static ArticleContent withPhrasing(ArticleContent article, String language, String phrasing) {
        String variant = article.variants().containsKey(language) ? language
                : article.variants().containsKey("en") ? "en" : article.variants().keySet().iterator().next();
        Map<String, ArticleText> variants = new TreeMap<>(article.variants());
        ArticleText text = variants.get(variant);
        List<String> phrasings = new ArrayList<>(text.phrasings());
        phrasings.add(phrasing);
        variants.put(variant, new ArticleText(text.title(), text.body(), phrasings));
        return new ArticleContent(article.key(), article.category(), article.tags(), variants);
    }

    /** What the audit log shows of a proposal: its article, question and where it stands. */
    private static Object decision(PhrasingProposal proposal) {
        return StaffAudit.state("article", proposal.getArticleKey(), "question", proposal.getQuestion(),
                "status", proposal.getStatus());
    }
}
