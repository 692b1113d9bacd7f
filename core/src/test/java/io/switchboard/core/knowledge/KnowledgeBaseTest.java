package io.switchboard.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementChanged;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementDelivery;
import io.switchboard.core.announcement.AnnouncementDeliveryRepository;
import io.switchboard.core.announcement.AnnouncementNotFoundException;
import io.switchboard.core.announcement.AnnouncementTargets;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.announcement.DeliveryStep;
import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.audit.StaffAuditEntry;
import io.switchboard.core.change.KnowledgeChangeLog;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.ticket.TicketCategory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Articles on the real schema (Flyway on H2): every change is versioned, announced and reversible in history. */
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate",
    "spring.datasource.url=jdbc:h2:mem:kb;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@AutoConfigureJson
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@RecordApplicationEvents
@Import({KnowledgeBase.class, KnowledgeChangeLog.class, Announcements.class, AnnouncementTargets.class, StaffAudit.class,
        KnowledgeBaseTest.FixedClock.class})
class KnowledgeBaseTest {

    static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    @SpringBootConfiguration
    @EnableAutoConfiguration
    // announcements keep their copies' deliveries, which live in core.announcement
    @EntityScan(basePackageClasses = {KnowledgeBase.class, StaffAudit.class, AnnouncementDelivery.class})
    @EnableJpaRepositories(basePackageClasses = {KnowledgeBase.class, StaffAudit.class, AnnouncementDelivery.class})
    static class JpaApp {
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    Announcements announcements;

    @Autowired
    ApplicationEvents events;

    @Autowired
    StaffAudit audit;

    @Autowired
    AnnouncementDeliveryRepository deliveries;

    static ArticleContent article(String key, String enBody, String... phrasings) {
        return new ArticleContent(key, TicketCategory.DEPOSIT_WITHDRAWAL, List.of("withdrawal", "提现"), Map.of(
                "en", new ArticleText("Why is my withdrawal pending?", enBody, List.of(phrasings)),
                "zh", new ArticleText("提现为什么在处理中？", "提现通常几分钟内完成。", List.of("提币卡住了"))));
    }

    @Test
    void anArticleRoundTripsWithItsLanguagesPhrasingsAndTags() {
        ArticleContent content = article("withdrawal-pending", "Most withdrawals finish in minutes.", "stuck", "pending");

        knowledgeBase.create(content, "alice");

        StoredArticle stored = knowledgeBase.article("withdrawal-pending").orElseThrow();
        assertThat(stored.content()).isEqualTo(content);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.updatedBy()).isEqualTo("alice");
        assertThat(knowledgeBase.articles()).extracting(StoredArticle::content).containsExactly(content);
        assertThat(events.stream(ArticleChanged.class)).containsExactly(new ArticleChanged("withdrawal-pending", content));
    }

    @Test
    void everyChangeIsARevisionWithWhoWhenAndASnapshot() {
        knowledgeBase.create(article("withdrawal-pending", "v1"), "alice");
        knowledgeBase.update("withdrawal-pending", article("withdrawal-pending", "v2", "new phrasing"), "bob");
        knowledgeBase.delete("withdrawal-pending", "carol");

        List<ArticleRevision> revisions = knowledgeBase.revisions("withdrawal-pending");
        assertThat(revisions).extracting(ArticleRevision::getVersion).containsExactly(3, 2, 1);
        assertThat(revisions).extracting(ArticleRevision::getAction)
                .containsExactly(RevisionAction.DELETED, RevisionAction.UPDATED, RevisionAction.CREATED);
        assertThat(revisions).extracting(ArticleRevision::getChangedBy).containsExactly("carol", "bob", "alice");
        assertThat(revisions).extracting(ArticleRevision::getChangedAt).containsOnly(NOW);
        assertThat(revisions.get(1).getSnapshot()).contains("\"v2\"", "new phrasing");
        assertThat(knowledgeBase.article("withdrawal-pending")).isEmpty();
        assertThat(events.stream(ArticleChanged.class)).last().isEqualTo(new ArticleChanged("withdrawal-pending", null));
        assertThat(audit.search(AuditQuery.action("article"), 0, 10).getContent())
                .extracting(StaffAuditEntry::getActor, StaffAuditEntry::getAction, StaffAuditEntry::getTargetId,
                        StaffAuditEntry::getBefore, StaffAuditEntry::getAfter)
                .containsExactly(
                        tuple("carol", "article.delete", "withdrawal-pending", SUMMARY_V2, null),
                        tuple("bob", "article.update", "withdrawal-pending", SUMMARY_V1, SUMMARY_V2),
                        tuple("alice", "article.create", "withdrawal-pending", null, SUMMARY_V1));
    }

    static final String SUMMARY_V1 = "{\"version\":1,\"category\":\"DEPOSIT_WITHDRAWAL\",\"titles\":"
            + "{\"en\":\"Why is my withdrawal pending?\",\"zh\":\"提现为什么在处理中？\"}}";
    static final String SUMMARY_V2 = SUMMARY_V1.replace("\"version\":1", "\"version\":2");

    @Test
    void aKeyCreatedAgainAfterDeletionContinuesItsHistory() {
        knowledgeBase.create(article("withdrawal-pending", "v1"), "alice");
        knowledgeBase.delete("withdrawal-pending", "alice");

        knowledgeBase.create(article("withdrawal-pending", "again"), "bob");

        assertThat(knowledgeBase.revisions("withdrawal-pending")).extracting(ArticleRevision::getVersion)
                .containsExactly(3, 2, 1);
    }

    @Test
    void aDuplicateKeyOrAMissingArticleIsRefusedAndChangesNothing() {
        knowledgeBase.create(article("withdrawal-pending", "v1"), "alice");

        assertThatThrownBy(() -> knowledgeBase.create(article("withdrawal-pending", "v2"), "bob"))
                .isInstanceOf(DuplicateArticleException.class).hasMessageContaining("withdrawal-pending");
        assertThatThrownBy(() -> knowledgeBase.update("nope", article("nope", "x"), "bob"))
                .isInstanceOf(ArticleNotFoundException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> knowledgeBase.delete("nope", "bob")).isInstanceOf(ArticleNotFoundException.class);
        assertThatThrownBy(() -> knowledgeBase.update("withdrawal-pending", article("other-key", "x"), "bob"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot change");

        assertThat(knowledgeBase.article("withdrawal-pending").orElseThrow().content().variants().get("en").body()).isEqualTo("v1");
        assertThat(knowledgeBase.revisions("withdrawal-pending")).hasSize(1);
    }

    @Test
    void aVariantCanBeRemovedAndAnotherAddedInOneUpdate() {
        knowledgeBase.create(article("withdrawal-pending", "v1"), "alice");
        ArticleContent englishAndJapanese = new ArticleContent("withdrawal-pending", TicketCategory.DEPOSIT_WITHDRAWAL,
                List.of(), Map.of("en", new ArticleText("Pending?", "v2", List.of()),
                        "ja", new ArticleText("出金が保留中？", "数分で完了します。", List.of())));

        knowledgeBase.update("withdrawal-pending", englishAndJapanese, "bob");

        assertThat(knowledgeBase.article("withdrawal-pending").orElseThrow().content()).isEqualTo(englishAndJapanese);
    }

    @Test
    void seedingCreatesOnlyKeysWithoutHistory() {
        knowledgeBase.create(article("edited", "edited by staff"), "alice");
        knowledgeBase.create(article("deleted", "v1"), "alice");
        knowledgeBase.delete("deleted", "alice");

        assertThat(knowledgeBase.createIfNew(article("edited", "default"), "seed")).isFalse();
        assertThat(knowledgeBase.createIfNew(article("deleted", "default"), "seed")).isFalse();
        assertThat(knowledgeBase.createIfNew(article("fresh", "default"), "seed")).isTrue();
        assertThat(audit.search(AuditQuery.ALL, 0, 10).getContent()).extracting(StaffAuditEntry::getActor)
                .as("the default knowledge base is not a staff action").doesNotContain("seed");

        assertThat(knowledgeBase.article("edited").orElseThrow().content().variants().get("en").body()).isEqualTo("edited by staff");
        assertThat(knowledgeBase.article("deleted")).isEmpty();
        assertThat(knowledgeBase.article("fresh")).isPresent();
    }

    @Test
    void announcementsAreStoredNewestFirstAndWithdrawn() {
        AnnouncementContent older = announcements.publish(announcement("Old", NOW.minusSeconds(7200)), "ops");
        AnnouncementContent newer = announcements.publish(announcement("New", NOW.minusSeconds(60)), "ops");

        assertThat(newer.id()).isNotNull();
        assertThat(announcements.all()).containsExactly(newer, older);
        assertThat(newer.channels()).containsExactly(Channel.TELEGRAM);

        announcements.withdraw(older.id(), "ops");

        assertThat(announcements.all()).containsExactly(newer);
        assertThat(events.stream(AnnouncementChanged.class)).extracting(AnnouncementChanged::withdrawn)
                .containsExactly(false, false, true);
        assertThatThrownBy(() -> announcements.withdraw(older.id(), "ops")).isInstanceOf(AnnouncementNotFoundException.class);
        assertThat(audit.search(AuditQuery.action("announcement"), 0, 10).getContent())
                .extracting(StaffAuditEntry::getAction, StaffAuditEntry::getTargetId)
                .containsExactly(tuple("announcement.withdraw", older.id().toString()),
                        tuple("announcement.publish", newer.id().toString()),
                        tuple("announcement.publish", older.id().toString()));
        assertThat(audit.search(AuditQuery.action("announcement.withdraw"), 0, 10).getContent().get(0).getBefore())
                .isEqualTo("{\"category\":\"MAINTENANCE\",\"titles\":{\"en\":\"Old\",\"zh\":\"Old\"},"
                        + "\"channels\":[\"TELEGRAM\"],\"publishedAt\":\"2026-02-01T08:00:00Z\","
                        + "\"expiresAt\":\"2026-02-02T08:00:00Z\"}");
    }

    @Test
    void anEditReplacesTheContentAndSetsThePublishedCopiesToBeEdited() {
        AnnouncementContent original = announcements.publish(announcement("Before", NOW.minusSeconds(60)), "ops");
        AnnouncementDelivery published = new AnnouncementDelivery(original.id(), Channel.TELEGRAM, "-1001", NOW);
        published.stepDone(DeliveryStep.PUBLISH, "-1001:5", null, false, NOW);
        AnnouncementDelivery unpublished = new AnnouncementDelivery(original.id(), Channel.FORUM, "announcements", NOW);
        deliveries.saveAll(List.of(published, unpublished));
        AnnouncementContent changed = announcement("After", NOW.minusSeconds(60)).withId(original.id());

        AnnouncementContent stored = announcements.update(original.id(), changed, "ops");

        assertThat(stored).isEqualTo(changed);
        assertThat(announcements.all()).containsExactly(changed);
        assertThat(deliveries.findById(published.getId()).orElseThrow().getStep()).isEqualTo(DeliveryStep.EDIT);
        assertThat(deliveries.findById(unpublished.getId()).orElseThrow().getStep()).isEqualTo(DeliveryStep.PUBLISH);
        assertThat(events.stream(AnnouncementChanged.class)).last().isEqualTo(new AnnouncementChanged(original.id(), changed));
        announcements.withdraw(original.id(), "ops");
        assertThatThrownBy(() -> announcements.update(original.id(), changed, "ops"))
                .as("a retracted announcement is not edited").isInstanceOf(AnnouncementNotFoundException.class);
    }

    private static AnnouncementContent announcement(String title, Instant published) {
        return new AnnouncementContent(null, AnnouncementCategory.MAINTENANCE,
                Map.of("en", new AnnouncementText(title, title + " body"), "zh", new AnnouncementText(title, "正文")),
                Set.of(Channel.TELEGRAM), published, published.plusSeconds(86_400));
    }
}
