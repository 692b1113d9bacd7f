package io.switchboard.router.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.CoreConfiguration;
import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementTargets;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.answer.Suggestion;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.change.KnowledgeChangeLog;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleRevision;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.knowledge.RevisionAction;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.router.ticket.CategoryResolver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The engine as the application runs it: seeded into H2, kept current from edits (route knowledge-index). */
@SpringBootTest(classes = AnswerEngineConfigurationTest.KnowledgeApp.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:engine;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.jpa.hibernate.ddl-auto=validate",
    "switchboard.knowledge.exchange-name=TestEx"})
class AnswerEngineConfigurationTest {

    private static final Duration INDEXING = Duration.ofSeconds(10);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EntityScan({"io.switchboard.core.knowledge", "io.switchboard.core.audit", "io.switchboard.core.announcement"})
    @EnableJpaRepositories({"io.switchboard.core.knowledge", "io.switchboard.core.audit", "io.switchboard.core.announcement"})
    @Import({CoreConfiguration.class, KnowledgeBase.class, KnowledgeChangeLog.class, Announcements.class, AnnouncementTargets.class,
        StaffAudit.class, AnswerEngineConfiguration.class,
        KnowledgeIndexRoute.class})
    static class KnowledgeApp {
    }

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    Announcements announcements;

    @Autowired
    AnswerEngine engine;

    @Autowired
    CategoryResolver categories;

    private String answer(String text) {
        return engine.decide(new AnswerQuery(text, Channel.TELEGRAM, true, "en")).answer();
    }

    private String key(String text) {
        return engine.decide(new AnswerQuery(text, Channel.TELEGRAM, true, "en")).articleKey();
    }

    @Test
    void theDefaultKnowledgeBaseIsLoadedOnFirstStartAndAnswersWithConfiguredNames() {
        assertThat(knowledgeBase.article("account-register")).isPresent();
        assertThat(knowledgeBase.revisions("account-register")).singleElement()
                .extracting(ArticleRevision::getChangedBy).isEqualTo(KnowledgeSeeder.SEEDER);
        assertThat(key("how do I turn on two-factor authentication?")).isEqualTo("2fa-setup");
        assertThat(answer("my withdrawal is stuck on pending, why?")).contains("TestEx").doesNotContain("{exchange}");
    }

    /** Issue 11: tickets were filed as OTHER while the engine's top suggestion was deposit-wrong-network at 0.99. */
    @Test
    void aTicketTakesTheCategoryOfTheEnginesBestSuggestionWhenItIsSureEnough() {
        AnswerDecision wrongNetwork = engine.decide(new AnswerQuery(
                "I sent USDT to my deposit address on the wrong network, can I get it back?", Channel.FORUM, false, "en"));
        assertThat(wrongNetwork.suggestions().get(0).articleKey()).isEqualTo("deposit-wrong-network");

        assertThat(categories.categoryOf(wrongNetwork)).isEqualTo(TicketCategory.DEPOSIT_WITHDRAWAL);
        assertThat(categories.categoryOf(new AnswerDecision("deposit-wrong-network", 0.1, false, null,
                List.of(new Suggestion("deposit-wrong-network", 0.1))))).isEqualTo(TicketCategory.OTHER);
        assertThat(categories.categoryOf(AnswerDecision.none(List.of()))).isEqualTo(TicketCategory.OTHER);
    }

    @Test
    void anEditReachesTheNextAnswersWithoutARestart() {
        ArticleContent current = knowledgeBase.article("vip-program").orElseThrow().content();
        ArticleContent edited = new ArticleContent(current.key(), current.category(), current.tags(), Map.of(
                "en", new ArticleText("What are the VIP tiers?", "VIP tiers changed: see {website}/vip.", List.of()),
                "zh", current.variants().get("zh")));

        knowledgeBase.update("vip-program", edited, "alice");

        await().atMost(INDEXING).untilAsserted(() ->
                assertThat(answer("what are the VIP tiers?")).isEqualTo("VIP tiers changed: see https://www.novaex.com/vip."));
    }

    @Test
    void aNewArticleIsAnsweredAndADeletedOneIsNot() {
        knowledgeBase.create(new ArticleContent("copy-trading", io.switchboard.core.ticket.TicketCategory.TRADING,
                List.of("copy trading"), Map.of(
                        "en", new ArticleText("How does copy trading work?", "Pick a lead trader and copy.",
                                List.of("how do I copy a trader")),
                        "zh", new ArticleText("跟单交易怎么用？", "选择带单员后一键跟单。", List.of()))), "bob");

        await().atMost(INDEXING).untilAsserted(() -> assertThat(key("how do I copy a lead trader?")).isEqualTo("copy-trading"));

        knowledgeBase.delete("copy-trading", "bob");

        await().atMost(INDEXING).untilAsserted(() -> assertThat(key("how do I copy a lead trader?")).isNotEqualTo("copy-trading"));
    }

    @Test
    void seedingAgainKeepsWhatStaffEditedOrDeleted() {
        ArticleContent current = knowledgeBase.article("sub-account").orElseThrow().content();
        ArticleContent edited = new ArticleContent(current.key(), current.category(), List.of("edited"), current.variants());
        knowledgeBase.update("sub-account", edited, "carol");
        knowledgeBase.delete("tax-statement", "carol");

        int added = new KnowledgeSeeder(knowledgeBase).seed(DefaultKnowledgeBase.load());

        assertThat(added).isZero();
        assertThat(knowledgeBase.article("sub-account").orElseThrow().content().tags()).containsExactly("edited");
        assertThat(knowledgeBase.article("tax-statement")).isEmpty();
        assertThat(knowledgeBase.revisions("tax-statement")).extracting(ArticleRevision::getAction)
                .containsExactly(RevisionAction.DELETED, RevisionAction.CREATED);
    }

    @Test
    void aPublishedAnnouncementAnswersQuestionsAboutIt() {
        announcements.publish(new AnnouncementContent(null, AnnouncementCategory.MAINTENANCE, Map.of(
                "en", new AnnouncementText("ATOM deposits and withdrawals suspended",
                        "ATOM deposits and withdrawals are suspended during the Cosmos network upgrade."),
                "zh", new AnnouncementText("ATOM 暂停充提", "Cosmos 网络升级期间暂停 ATOM 充提。")),
                Set.of(), Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1))), "dave");

        await().atMost(INDEXING).untilAsserted(() ->
                assertThat(answer("are ATOM withdrawals suspended right now?")).startsWith("ATOM deposits and withdrawals suspended"));
    }
}
