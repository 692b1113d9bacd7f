package io.switchboard.helpcenter.search;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleStatus;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.ticket.TicketCategory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;

/**
 * The search tests' knowledge base: Switchboard's default articles (the router's
 * {@code knowledge/default-articles.yml}, read from its source as the router's tests read it from the
 * classpath), stored once per test application, plus articles and announcements a test writes itself.
 */
@Component
class SearchFixtures {

    static final String BY = "search-tests";
    private static final Path DEFAULT_ARTICLES = Path.of("..", "router", "src", "main", "resources", "knowledge",
            "default-articles.yml");

    private final KnowledgeBase knowledge;
    private final Announcements announcements;
    private final HelpSearch search;
    private final HelpIndexUpdates updates;

    SearchFixtures(KnowledgeBase knowledge, Announcements announcements, HelpSearch search, HelpIndexUpdates updates) {
        this.knowledge = knowledge;
        this.announcements = announcements;
        this.search = search;
        this.updates = updates;
    }

    /**
     * Stores the default articles that are not stored yet, and waits until the search finds them and until
     * what earlier tests changed (their articles taken away again) is in the index too.
     */
    void defaultArticles() {
        for (ArticleContent article : readDefaultArticles()) {
            knowledge.createIfNew(article, BY);
        }
        updates.caughtUp().orTimeout(10, TimeUnit.SECONDS).join();
        // the first time, behind the start-up rebuild: slower than one change
        await().atMost(Duration.ofSeconds(10)).until(() -> firstUrl("提币手续费", "zh").equals("/help/articles/withdrawal-fee")
                && firstUrl("How do I create an API key", "en").equals("/help/articles/api-keys"));
    }

    static List<ArticleContent> readDefaultArticles() {
        try {
            return YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(DEFAULT_ARTICLES.toFile(), KnowledgeFile.class).articles();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default articles at " + DEFAULT_ARTICLES.toAbsolutePath(), e);
        }
    }

    private record KnowledgeFile(List<ArticleContent> articles) {
    }

    /** An article in both languages, in category TRADING unless the key says otherwise. */
    static ArticleContent article(String key, ArticleStatus status, String enTitle, String enBody, String zhTitle,
            String zhBody) {
        return new ArticleContent(key, TicketCategory.TRADING, List.of("fixture"), Map.of(
                "en", new ArticleText(enTitle, enBody, List.of()),
                "zh", new ArticleText(zhTitle, zhBody, List.of())), null, false, status);
    }

    /** Publishes an announcement on {@code channels} (none: everywhere), shown from a minute ago. */
    long announce(String enTitle, String enBody, Set<Channel> channels, Instant expiresAt) {
        return announcements.publish(new AnnouncementContent(null, AnnouncementCategory.MAINTENANCE,
                Map.of("en", new AnnouncementText(enTitle, enBody)), channels,
                Instant.now().minusSeconds(60), expiresAt), BY).id();
    }

    String firstUrl(String query, String language) {
        List<SearchResult> results = search.search(query, null, language, 1).results();
        return results.isEmpty() ? "" : results.get(0).url();
    }

    List<String> urls(String query, String language) {
        return search.search(query, null, language, 1).results().stream().map(SearchResult::url).toList();
    }

    /** Changes reach the index after their commit, on the index's thread: within a second. */
    static void awaitTrue(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
    }
}
