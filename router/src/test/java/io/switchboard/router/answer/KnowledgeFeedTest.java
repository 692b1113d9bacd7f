package io.switchboard.router.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.CoreConfiguration;
import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementChanged;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementTargets;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.change.KnowledgeChangeLog;
import io.switchboard.core.cluster.ClusterConfiguration;
import io.switchboard.core.knowledge.ArticleChanged;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleStatus;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.KnowledgeChangeFeed;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.router.config.RouterErrorHandling;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Two instances on one database, as in the cluster profile: what staff change on one reaches the other's
 * listeners (the answer engine's index, the help center) within a second through the route
 * {@value KnowledgeFeedRoute#ROUTE_ID}, and the instance that made the change is told once, not twice.
 */
class KnowledgeFeedTest {

    private static final Duration A_SECOND = Duration.ofSeconds(1);
    private static final String DATABASE = "jdbc:h2:mem:feed;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EntityScan({"io.switchboard.core.knowledge", "io.switchboard.core.audit", "io.switchboard.core.announcement"})
    @EnableJpaRepositories({"io.switchboard.core.knowledge", "io.switchboard.core.audit",
        "io.switchboard.core.announcement"})
    @Import({CoreConfiguration.class, ClusterConfiguration.class, KnowledgeBase.class, KnowledgeChangeLog.class,
        KnowledgeChangeFeed.class, Announcements.class, AnnouncementTargets.class, StaffAudit.class,
        RouterErrorHandling.class, KnowledgeFeedRoute.class})
    static class Instance {

        @Bean
        Heard heard() {
            return new Heard();
        }
    }

    /** What this instance's listeners were told. */
    static class Heard {

        final List<ArticleChanged> articles = new CopyOnWriteArrayList<>();
        final List<AnnouncementChanged> announcements = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ArticleChanged change) {
            articles.add(change);
        }

        @EventListener
        void on(AnnouncementChanged change) {
            announcements.add(change);
        }

        List<ArticleChanged> about(String key) {
            return articles.stream().filter(change -> change.key().equals(key)).toList();
        }
    }

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        first = start("first");
        second = start("second");
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    private static ConfigurableApplicationContext start(String name) {
        return new SpringApplicationBuilder(Instance.class).properties(
                "spring.datasource.url=" + DATABASE, "spring.jpa.hibernate.ddl-auto=validate",
                "camel.main.name=" + name, "spring.main.banner-mode=off").run();
    }

    @Test
    void anArticlePublishedOnOneInstanceIsLiveOnTheOtherWithinASecondAndItsDraftIsTakenBack() {
        KnowledgeBase knowledgeBase = first.getBean(KnowledgeBase.class);
        ArticleContent published = article("feed-published", ArticleStatus.PUBLISHED);

        knowledgeBase.create(published, "alice");

        await().atMost(A_SECOND).untilAsserted(() -> assertThat(heardBy(second).about("feed-published"))
                .singleElement().satisfies(change -> {
                    assertThat(change.live()).isTrue();
                    assertThat(change.article()).isEqualTo(published);
                }));

        knowledgeBase.update("feed-published", article("feed-published", ArticleStatus.DRAFT), "alice");

        await().atMost(A_SECOND).untilAsserted(() -> assertThat(heardBy(second).about("feed-published"))
                .hasSize(2).last().satisfies(change -> assertThat(change.live()).isFalse()));
        // the first instance heard its own two changes at their commits, and not again from the feed
        assertThat(second.getBean(KnowledgeChangeFeed.class).poll()).isZero();
        assertThat(first.getBean(KnowledgeChangeFeed.class).poll()).isZero();
        assertThat(heardBy(first).about("feed-published")).hasSize(2);
    }

    @Test
    void aDeletionAndAnAnnouncementTravelTheOtherWay() {
        second.getBean(KnowledgeBase.class).create(article("feed-deleted", ArticleStatus.PUBLISHED), "bob");
        await().atMost(A_SECOND).until(() -> heardBy(first).about("feed-deleted").size() == 1);

        second.getBean(KnowledgeBase.class).delete("feed-deleted", "bob");
        AnnouncementContent announcement = second.getBean(Announcements.class).publish(new AnnouncementContent(null,
                AnnouncementCategory.MAINTENANCE, Map.of("en", new AnnouncementText("Wallet upgrade", "Tonight.")),
                Set.of(), Instant.now(), null), "bob");

        await().atMost(A_SECOND).untilAsserted(() -> {
            assertThat(heardBy(first).about("feed-deleted")).last().satisfies(change ->
                    assertThat(change.deleted()).isTrue());
            assertThat(heardBy(first).announcements).anySatisfy(change -> {
                assertThat(change.id()).isEqualTo(announcement.id());
                assertThat(change.announcement().texts().get("en").title()).isEqualTo("Wallet upgrade");
            });
        });
    }

    private static Heard heardBy(ConfigurableApplicationContext instance) {
        return instance.getBean(Heard.class);
    }

    private static ArticleContent article(String key, ArticleStatus status) {
        return new ArticleContent(key, TicketCategory.OTHER, List.of(), Map.of(
                "en", new ArticleText("How does the feed work?", "Every instance reads it.", List.of()),
                "zh", new ArticleText("同步怎么工作？", "每个实例都会读取。", List.of())), null, false, status);
    }
}
