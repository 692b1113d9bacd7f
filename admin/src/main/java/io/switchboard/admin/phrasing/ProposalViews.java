package io.switchboard.admin.phrasing;

import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.StoredArticle;
import io.switchboard.core.phrasing.PhrasingProposal;
import io.switchboard.core.ticket.Ticket;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Proposals with their article's title, read once for a whole page of them. */
@Component
class ProposalViews {

    private final KnowledgeBase knowledgeBase;

    ProposalViews(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    Page<ProposalView> page(Page<PhrasingProposal> proposals) {
        Map<String, ArticleContent> articles = knowledgeBase.articles().stream()
                .map(StoredArticle::content)
                .collect(Collectors.toMap(ArticleContent::key, Function.identity()));
        return proposals.map(proposal -> view(proposal, articles.get(proposal.getArticleKey())));
    }

    ProposalView one(PhrasingProposal proposal) {
        return view(proposal, knowledgeBase.article(proposal.getArticleKey()).map(StoredArticle::content).orElse(null));
    }

    private static ProposalView view(PhrasingProposal proposal, ArticleContent article) {
        return new ProposalView(proposal.getId(), proposal.getArticleKey(),
                article == null ? null : article.variant(proposal.getLang()).title(), proposal.getQuestion(),
                proposal.getLang(), proposal.getTicketId() == null ? null : Ticket.NUMBER_PREFIX + proposal.getTicketId(),
                proposal.getProposedBy(), proposal.getProposedAt(), proposal.getStatus(), proposal.getDecidedBy(),
                proposal.getDecidedAt());
    }
}
