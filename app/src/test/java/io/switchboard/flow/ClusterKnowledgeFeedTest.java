package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.SwitchboardApplication;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleStatus;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.verify.check.Verdict;
import io.switchboard.verify.check.Verifier;
import io.switchboard.verify.registry.OfficialEntryDraft;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.OfficialRegistry;
import io.switchboard.verify.registry.VerifyProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application in the {@code cluster} profile on one PostgreSQL schema (127.0.0.1,
 * database {@code test}), and what managers change on one reaching the other: an article published on one is
 * answered by the other's engine within a second (the knowledge change feed), and taken back to a draft, it stops
 * being answered there as fast; a phone line added to the registry of official channels on one is official on the
 * other within the registry's refresh, and the registry was seeded once for both. Runs in the {@code cluster} Maven
 * profile only.
 */
class ClusterKnowledgeFeedTest {

    private static final String SCHEMA = "switchboard_cluster_knowledge_feed_test";
    private static final Duration A_SECOND = Duration.ofSeconds(1);
    private static final Duration REGISTRY_REFRESH = Duration.ofSeconds(2);
    private static final AnswerQuery QUESTION = new AnswerQuery("how do I join the lunar staking vault?",
            Channel.TELEGRAM, true, "en");
    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();

    private static ClusterInstances instances;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        instances = ClusterInstances.start(SCHEMA, 2, ClusterKnowledgeFeedTest::start);
    }

    @AfterAll
    static void stop() throws Exception {
        if (instances != null) {
            instances.close();
        }
        TELEGRAM.close();
    }

    @Test
    void anArticlePublishedOnOneInstanceIsAnsweredOnTheOtherWithinASecond() {
        KnowledgeBase first = instances.all().get(0).getBean(KnowledgeBase.class);
        AnswerEngine second = instances.all().get(1).getBean(AnswerEngine.class);
        assertThat(second.decide(QUESTION).articleKey()).isNotEqualTo("lunar-staking-vault");

        first.create(article(ArticleStatus.PUBLISHED), "manager");

        await().atMost(A_SECOND).pollInterval(Duration.ofMillis(50))
                .until(() -> "lunar-staking-vault".equals(second.decide(QUESTION).articleKey()));

        first.update("lunar-staking-vault", article(ArticleStatus.DRAFT), "manager");

        await().atMost(A_SECOND).pollInterval(Duration.ofMillis(50))
                .until(() -> !"lunar-staking-vault".equals(second.decide(QUESTION).articleKey()));
    }

    @Test
    void theRegistryIsSeededOnceAndALineAddedOnOneInstanceIsOfficialOnTheOtherWithinItsRefresh() {
        OfficialRegistry first = instances.all().get(0).getBean(OfficialRegistry.class);
        Verifier second = instances.all().get(1).getBean(Verifier.class);
        int seeded = instances.all().get(1).getBean(VerifyProperties.class).seed().size();
        assertThat(first.entries()).as("two instances started: the seed stored once").hasSize(seeded);
        assertThat(second.check("+44 20 7946 0958").verdict()).isEqualTo(Verdict.NOT_OFFICIAL);

        first.add(new OfficialEntryDraft(OfficialKind.PHONE, "+44 20 7946 0958", "Support hotline (UK)", null,
                "United Kingdom", "24/7", List.of("en"), "account security"), "manager");

        await().atMost(REGISTRY_REFRESH.plus(A_SECOND)).pollInterval(Duration.ofMillis(100))
                .until(() -> second.check("+44 20 7946 0958").verdict() == Verdict.OFFICIAL);
    }

    private static ArticleContent article(ArticleStatus status) {
        return new ArticleContent("lunar-staking-vault", TicketCategory.CAMPAIGNS, List.of("lunar vault"), Map.of(
                "en", new ArticleText("How do I join the Lunar staking vault?",
                        "Open Earn, pick the Lunar vault and stake at least 10 USDT.",
                        List.of("lunar staking vault", "join the lunar vault")),
                "zh", new ArticleText("如何参加月球质押金库？", "打开理财，选择月球金库，至少质押 10 USDT。", List.of())),
                null, false, status);
    }

    private static ConfigurableApplicationContext start() {
        String[] telegram = FlowTestSupport.arguments(TELEGRAM, "polling",
                FlowTestSupport.POSTGRES + "?currentSchema=" + SCHEMA);
        String[] cluster = {
            "--spring.profiles.active=cluster",
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--spring.flyway.schemas=" + SCHEMA,
            // no ticket is opened here: no RabbitMQ needed
            "--switchboard.tickets.queue-uri=seda:tickets",
            "--server.port=0",
            "--switchboard.verify.refresh=" + REGISTRY_REFRESH.toSeconds() + "s",
        };
        return new SpringApplicationBuilder(SwitchboardApplication.class)
                .run(Stream.concat(Stream.of(telegram), Stream.of(cluster)).toArray(String[]::new));
    }
}
