package io.switchboard.router.answer;

import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.KnowledgeBase;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the default knowledge base into the database: only articles whose key has no history, so
 * what managers edited or deleted stays that way, and articles added to a later release arrive.
 */
final class KnowledgeSeeder {

    static final String SEEDER = "system:default-knowledge-base";

    private static final Logger log = LoggerFactory.getLogger(KnowledgeSeeder.class);

    private final KnowledgeBase knowledgeBase;

    KnowledgeSeeder(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** @return how many articles were added */
    int seed(List<ArticleContent> defaults) {
        int added = 0;
        for (ArticleContent article : defaults) {
            if (knowledgeBase.createIfNew(article, SEEDER)) {
                added++;
            }
        }
        log.info("Default knowledge base: {} of {} articles added, the others exist or were deleted by staff",
                added, defaults.size());
        return added;
    }
}
