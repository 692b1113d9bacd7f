package io.switchboard.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.announcement.AnnouncementChanged;
import io.switchboard.core.announcement.AnnouncementDelivery;
import io.switchboard.core.announcement.AnnouncementTargets;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.change.KnowledgeChangeLog;
import io.switchboard.core.ticket.TicketCategory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The change feed on the real schema: lines written by "another instance" (inserted directly) are told
 * with the item as it is now, this instance's own lines are not told again, several lines of one item are
 * one event, and a line that becomes visible after a larger id was read is not lost.
 */
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate",
    "spring.datasource.url=jdbc:h2:mem:feed;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@AutoConfigureJson
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@RecordApplicationEvents
@Import({KnowledgeBase.class, KnowledgeChangeLog.class, KnowledgeChangeFeed.class, Announcements.class,
        AnnouncementTargets.class, StaffAudit.class})
class KnowledgeChangeFeedTest {

    private static final String OTHER_INSTANCE = "another-instance";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EntityScan(basePackageClasses = {KnowledgeBase.class, StaffAudit.class, AnnouncementDelivery.class})
    @EnableJpaRepositories(basePackageClasses = {KnowledgeBase.class, StaffAudit.class, AnnouncementDelivery.class})
    static class JpaApp {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    KnowledgeChangeFeed feed;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void anotherInstancesChangeIsToldWithTheArticleAsItIsNowAndThisInstancesOwnIsNot() {
        ArticleContent article = new ArticleContent("feed-fees", TicketCategory.TRADING, List.of(), Map.of(
                "en", new ArticleText("What are the fees?", "0.1% per trade.", List.of())));
        knowledgeBase.create(article, "alice");
        assertThat(feed.poll()).isZero();

        line(null, "ARTICLE", "feed-fees");
        line(null, "ARTICLE", "feed-fees");
        line(null, "ANNOUNCEMENT", "424242");

        assertThat(feed.poll()).isEqualTo(2);
        // the first told at the create's commit, the second by the feed: the other instance's edits, as they are now
        assertThat(events.stream(ArticleChanged.class)).containsExactly(new ArticleChanged("feed-fees", article),
                new ArticleChanged("feed-fees", article));
        assertThat(events.stream(AnnouncementChanged.class)).containsExactly(new AnnouncementChanged(424242, null));
        assertThat(feed.poll()).isZero();
    }

    @Test
    void aLineThatBecomesVisibleAfterALargerIdWasReadIsStillTold() {
        line(9_000_020L, "ARTICLE", "feed-later");
        assertThat(feed.poll()).isEqualTo(1);

        line(9_000_010L, "ARTICLE", "feed-earlier");

        assertThat(feed.poll()).isEqualTo(1);
        assertThat(events.stream(ArticleChanged.class)).last().satisfies(change -> {
            assertThat(change.key()).isEqualTo("feed-earlier");
            assertThat(change.deleted()).isTrue();
        });
        assertThat(feed.poll()).isZero();
    }

    private void line(Long id, String kind, String item) {
        if (id == null) {
            jdbc.update("insert into knowledge_change (kind, item, instance_id) values (?, ?, ?)", kind, item,
                    OTHER_INSTANCE);
        } else {
            jdbc.update("insert into knowledge_change (id, kind, item, instance_id) values (?, ?, ?, ?)", id, kind,
                    item, OTHER_INSTANCE);
        }
    }
}
