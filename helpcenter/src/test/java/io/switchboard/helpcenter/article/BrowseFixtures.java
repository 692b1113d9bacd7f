package io.switchboard.helpcenter.article;

import io.switchboard.TestAnswerEngine;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleStatus;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.ticket.TicketCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the browse tests share: articles written through the knowledge base as staff would, and the
 * placeholders' values ({@link TestAnswerEngine} fills them as the router's engine does). The test classes
 * share one database: each uses keys of its own.
 */
public final class BrowseFixtures {

    public static final String EXCHANGE = TestAnswerEngine.EXCHANGE;
    public static final String WEBSITE = TestAnswerEngine.WEBSITE;

    /** An article to write: English and Chinese texts, where it is filed, and whether it is live. */
    public static Draft article(String key, TicketCategory category, String section) {
        return new Draft(key, category, section);
    }

    public static final class Draft {

        private final String key;
        private final TicketCategory category;
        private final String section;
        private final Map<String, ArticleText> texts = new LinkedHashMap<>();
        private List<String> tags = List.of();
        private boolean promoted;
        private ArticleStatus status = ArticleStatus.PUBLISHED;

        private Draft(String key, TicketCategory category, String section) {
            this.key = key;
            this.category = category;
            this.section = section;
        }

        public Draft en(String title, String body) {
            texts.put("en", new ArticleText(title, body, List.of()));
            return this;
        }

        public Draft zh(String title, String body) {
            texts.put("zh", new ArticleText(title, body, List.of()));
            return this;
        }

        public Draft tags(String... tags) {
            this.tags = List.of(tags);
            return this;
        }

        public Draft promoted() {
            this.promoted = true;
            return this;
        }

        public Draft draft() {
            this.status = ArticleStatus.DRAFT;
            return this;
        }

        public ArticleContent content() {
            return new ArticleContent(key, category, tags, texts, section, promoted, status);
        }

        public ArticleContent createIn(KnowledgeBase knowledgeBase) {
            knowledgeBase.create(content(), "test-editor");
            return content();
        }
    }
}
