package io.switchboard.router.answer;

import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.StoredArticle;
import io.switchboard.router.ticket.CategoryResolver;
import java.time.Clock;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the answer engine from the database: seeds the default knowledge base first (when
 * {@code switchboard.knowledge.seed-defaults}), then indexes every article and announcement, then
 * keeps the index current from change events. Tickets take their category from it too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
public class AnswerEngineConfiguration {

    @Bean
    KnowledgeIndexUpdater knowledgeIndexUpdater(ProducerTemplate producerTemplate) {
        return new KnowledgeIndexUpdater(producerTemplate);
    }

    @Bean
    KnowledgeAnswerEngine answerEngine(KnowledgeBase knowledgeBase, Announcements announcements,
            KnowledgeProperties properties, KnowledgeIndexUpdater updater, Clock clock) {
        if (properties.seedDefaults()) {
            new KnowledgeSeeder(knowledgeBase).seed(DefaultKnowledgeBase.load());
        }
        List<ArticleContent> published = knowledgeBase.articles().stream().map(StoredArticle::content)
                .filter(ArticleContent::published).toList();
        KnowledgeAnswerEngine engine = new KnowledgeAnswerEngine(published, announcements.all(), properties, clock);
        updater.attach(engine);
        return engine;
    }

    @Bean
    CategoryResolver articleCategories(KnowledgeAnswerEngine engine, KnowledgeProperties properties) {
        return new ArticleCategories(engine, properties.categoryConfidence());
    }
}
