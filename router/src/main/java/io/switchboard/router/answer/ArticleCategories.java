package io.switchboard.router.answer;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.router.ticket.CategoryResolver;

/**
 * A new ticket's category: that of the engine's best article suggestion when the engine is sure
 * enough of it to classify ({@code switchboard.knowledge.category-confidence}), else
 * {@link TicketCategory#OTHER}. Classifying needs less confidence than answering: a wrong queue
 * costs an agent a click, a wrong answer costs the member. An announcement ahead of the articles
 * does not classify; the article behind it does.
 */
final class ArticleCategories implements CategoryResolver {

    private final KnowledgeAnswerEngine engine;
    private final double confidence;

    ArticleCategories(KnowledgeAnswerEngine engine, double confidence) {
        this.engine = engine;
        this.confidence = confidence;
    }

    @Override
    public TicketCategory categoryOf(AnswerDecision answer) {
        return answer.suggestions().stream()
                .filter(suggestion -> !suggestion.articleKey().startsWith(IndexedEntry.ANNOUNCEMENT_PREFIX))
                .findFirst()
                .filter(suggestion -> suggestion.confidence() >= confidence)
                .flatMap(suggestion -> engine.article(suggestion.articleKey()))
                .map(ArticleContent::category)
                .orElse(TicketCategory.OTHER);
    }
}
