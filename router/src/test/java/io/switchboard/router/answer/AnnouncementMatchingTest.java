package io.switchboard.router.answer;

import static io.switchboard.router.answer.TestKnowledge.maintenance;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.testing.ShiftableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Questions about outages are answered with the newest current announcement, never an expired one. */
class AnnouncementMatchingTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final String QUESTION = "are XRP withdrawals suspended?";

    private final ShiftableClock clock = ShiftableClock.stoppedAt(NOW);

    private KnowledgeAnswerEngine engine() {
        return new KnowledgeAnswerEngine(DefaultKnowledgeBase.load(), List.of(
                maintenance(1, "XRP withdrawals suspended for a network upgrade", NOW.minus(Duration.ofDays(30)),
                        NOW.plus(Duration.ofDays(30))),
                maintenance(2, "XRP deposits and withdrawals suspended for wallet maintenance",
                        NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(4))),
                maintenance(3, "SOL withdrawals suspended for wallet maintenance", NOW.minus(Duration.ofHours(1)),
                        NOW.plus(Duration.ofHours(4)))),
                KnowledgeProperties.defaults(), clock);
    }

    private static AnnouncementContent announcement(long id, Map<String, AnnouncementText> texts) {
        return new AnnouncementContent(id, AnnouncementCategory.MAINTENANCE, texts, Set.of(Channel.FORUM),
                NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(3)));
    }

    private static AnswerDecision ask(KnowledgeAnswerEngine engine, String text, Channel channel) {
        return engine.decide(new AnswerQuery(text, channel, false, null));
    }

    @Test
    void answersWithTheNewestRelevantAnnouncement() {
        try (KnowledgeAnswerEngine engine = engine()) {
            AnswerDecision decision = ask(engine, QUESTION, Channel.TELEGRAM);

            assertThat(decision.articleKey()).isEqualTo("announcement:2");
            assertThat(decision.autoAnswer()).isTrue();
            assertThat(decision.answer()).startsWith("XRP deposits and withdrawals suspended for wallet maintenance");
        }
    }

    @Test
    void anExpiredAnnouncementIsNeverTheAnswer() {
        try (KnowledgeAnswerEngine engine = engine()) {
            assertThat(ask(engine, QUESTION, Channel.TELEGRAM).articleKey()).isEqualTo("announcement:2");

            clock.advance(Duration.ofHours(5));

            AnswerDecision afterExpiry = ask(engine, QUESTION, Channel.TELEGRAM);
            assertThat(afterExpiry.articleKey()).isEqualTo("announcement:1");

            clock.advance(Duration.ofDays(30));

            AnswerDecision allExpired = ask(engine, QUESTION, Channel.TELEGRAM);
            assertThat(allExpired.articleKey()).doesNotStartWith("announcement:");
            assertThat(allExpired.suggestions()).noneMatch(s -> s.articleKey().startsWith("announcement:"));
        }
    }

    @Test
    void anAnnouncementIsNotUsedBeforeItsPublication() {
        try (KnowledgeAnswerEngine engine = engine()) {
            engine.putAnnouncement(maintenance(4, "ADA withdrawals suspended for a hard fork",
                    NOW.plus(Duration.ofHours(1)), null));

            assertThat(ask(engine, "are ADA withdrawals suspended?", Channel.TELEGRAM).articleKey())
                    .isNotEqualTo("announcement:4");

            clock.advance(Duration.ofHours(2));

            assertThat(ask(engine, "are ADA withdrawals suspended?", Channel.TELEGRAM).articleKey())
                    .isEqualTo("announcement:4");
        }
    }

    /** A maintenance is true everywhere: where a copy was posted does not limit where it answers. */
    @Test
    void anAnnouncementPostedOnOneChannelAnswersOnEveryChannel() {
        try (KnowledgeAnswerEngine engine = engine()) {
            engine.putAnnouncement(maintenance(5, "DOT withdrawals suspended for a runtime upgrade",
                    NOW.minus(Duration.ofHours(1)), null, Channel.FORUM));

            for (Channel channel : Channel.values()) {
                assertThat(ask(engine, "are DOT withdrawals suspended?", channel).articleKey()).as(channel.key())
                        .isEqualTo("announcement:5");
            }
        }
    }

    /**
     * A short notice shares few words with a question ("一直", "不到账"), fewer than the general
     * maintenance article with its many phrasings; naming the coin asked about is what makes it the answer.
     */
    @Test
    void aChineseQuestionAboutTheCoinOfAnActiveMaintenanceGetsItsAnnouncement() {
        try (KnowledgeAnswerEngine engine = new KnowledgeAnswerEngine(DefaultKnowledgeBase.load(), List.of(
                announcement(6, Map.of("zh", new AnnouncementText("XRP 网络升级", "XRP 网络升级期间暂停充值和提现。"),
                        "en", new AnnouncementText("XRP network upgrade",
                                "XRP deposits and withdrawals are paused during the network upgrade.")))),
                KnowledgeProperties.defaults(), clock)) {
            for (String question : List.of("我的XRP充值怎么一直不到账，是在维护吗", "我的XRP充值怎麼一直不到賬，是在維護嗎",
                    "XRP提现维护什么时候结束")) {
                AnswerDecision decision = ask(engine, question, Channel.TELEGRAM);
                assertThat(decision.articleKey()).as(question).isEqualTo("announcement:6");
                assertThat(decision.answer()).as(question).startsWith("XRP 网络升级");
            }
            AnswerDecision english = ask(engine, "my XRP deposit hasn't arrived, is there maintenance?", Channel.FORUM);
            assertThat(english.articleKey()).isEqualTo("announcement:6");
            assertThat(english.answer()).startsWith("XRP network upgrade");
        }
    }

    @Test
    void aMaintenanceOfAnotherCoinDoesNotAnswer() {
        try (KnowledgeAnswerEngine engine = engine()) {
            assertThat(ask(engine, "我的BTC充值怎么一直不到账，是在维护吗", Channel.TELEGRAM).articleKey())
                    .doesNotStartWith("announcement:");
            assertThat(ask(engine, "when is the TRX wallet maintenance over?", Channel.TELEGRAM).articleKey())
                    .doesNotStartWith("announcement:");
        }
    }

    @Test
    void aWithdrawnAnnouncementIsGoneFromTheNextAnswer() {
        try (KnowledgeAnswerEngine engine = engine()) {
            assertThat(ask(engine, QUESTION, Channel.TELEGRAM).articleKey()).isEqualTo("announcement:2");

            engine.removeAnnouncement(2);

            assertThat(ask(engine, QUESTION, Channel.TELEGRAM).articleKey()).isEqualTo("announcement:1");
        }
    }

    @Test
    void questionsAboutSomethingElseStillGetTheirArticle() {
        try (KnowledgeAnswerEngine engine = engine()) {
            assertThat(ask(engine, "how do I reset my password?", Channel.TELEGRAM).articleKey())
                    .isEqualTo("password-reset");
        }
    }
}
