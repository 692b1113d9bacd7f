package io.switchboard.router.answer;

import static io.switchboard.router.answer.TestKnowledge.maintenance;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.router.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Questions about outages are answered with the newest current announcement, never an expired one. */
class AnnouncementMatchingTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final String QUESTION = "are XRP withdrawals suspended?";

    private final MutableClock clock = MutableClock.at(NOW);

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
    void anAnnouncementIsNotUsedBeforeItsPublicationOrOutsideItsChannels() {
        try (KnowledgeAnswerEngine engine = engine()) {
            engine.putAnnouncement(maintenance(4, "ADA withdrawals suspended for a hard fork",
                    NOW.plus(Duration.ofHours(1)), null));
            engine.putAnnouncement(maintenance(5, "DOT withdrawals suspended for a runtime upgrade",
                    NOW.minus(Duration.ofHours(1)), null, Channel.FORUM));

            assertThat(ask(engine, "are ADA withdrawals suspended?", Channel.TELEGRAM).articleKey())
                    .isNotEqualTo("announcement:4");
            assertThat(ask(engine, "are DOT withdrawals suspended?", Channel.TELEGRAM).articleKey())
                    .isNotEqualTo("announcement:5");
            assertThat(ask(engine, "are DOT withdrawals suspended?", Channel.FORUM).articleKey())
                    .isEqualTo("announcement:5");

            clock.advance(Duration.ofHours(2));

            assertThat(ask(engine, "are ADA withdrawals suspended?", Channel.TELEGRAM).articleKey())
                    .isEqualTo("announcement:4");
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
