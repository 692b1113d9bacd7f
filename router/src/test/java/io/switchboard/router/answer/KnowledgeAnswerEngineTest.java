package io.switchboard.router.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.answer.Suggestion;
import io.switchboard.core.channel.Channel;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine on the default knowledge base, as members would ask. */
class KnowledgeAnswerEngineTest {

    private static KnowledgeAnswerEngine engine;

    @BeforeAll
    static void buildEngine() {
        engine = new KnowledgeAnswerEngine(DefaultKnowledgeBase.load(), List.of(), KnowledgeProperties.defaults(),
                Clock.systemUTC());
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    private static AnswerDecision ask(String text) {
        return engine.decide(new AnswerQuery(text, Channel.TELEGRAM, false, null));
    }

    @Test
    void answersAClearQuestionInTheLanguageItWasAskedWithPlaceholdersFilled() {
        AnswerDecision zh = ask("提币一直在处理中，好几个小时了，正常吗？");
        AnswerDecision en = ask("my withdrawal has been pending for hours, is that normal?");

        assertThat(zh.articleKey()).isEqualTo("withdrawal-pending");
        assertThat(zh.autoAnswer()).isTrue();
        assertThat(zh.answer()).containsPattern("\\p{IsHan}{4}").doesNotContain("{exchange}", "{helpCenter}");
        assertThat(en.articleKey()).isEqualTo("withdrawal-pending");
        assertThat(en.answer()).doesNotContainPattern("\\p{IsHan}").doesNotContain("{");
    }

    /** Issue 11: a Chinese question from a member whose forum account is in English got the English text. */
    @Test
    void theLanguageOfAClearQuestionWinsOverTheMembersSetting() {
        AnswerDecision chinese = engine.decide(new AnswerQuery(
                "提币一直在处理中，好几个小时了，正常吗？", Channel.FORUM, false, "en"));
        AnswerDecision english = engine.decide(new AnswerQuery(
                "my withdrawal has been pending for hours, is that normal?", Channel.TELEGRAM, true, "zh"));

        assertThat(chinese.answer()).containsPattern("\\p{IsHan}{4}");
        assertThat(english.answer()).doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void aMixedQuestionIsAnsweredInTheMembersLanguage() {
        AnswerDecision english = engine.decide(new AnswerQuery("my 提现 is stuck", Channel.TELEGRAM, true, "en"));
        AnswerDecision chinese = engine.decide(new AnswerQuery("my 提现 is stuck", Channel.TELEGRAM, true, "zh"));

        assertThat(english.articleKey()).isEqualTo(chinese.articleKey()).isEqualTo("withdrawal-pending");
        assertThat(english.answer()).doesNotContainPattern("\\p{IsHan}");
        assertThat(chinese.answer()).containsPattern("\\p{IsHan}{4}");
    }

    @Test
    void chineseAndEnglishWordsForOneThingMeetThroughSynonyms() {
        assertThat(ask("出金卡住了，怎么回事？").articleKey()).isEqualTo("withdrawal-pending");
        assertThat(ask("怎么打开双重验证？").articleKey()).isEqualTo("2fa-setup");
        assertThat(ask("how do I set up google authenticator?").articleKey()).isEqualTo("2fa-setup");
    }

    @Test
    void commonMisspellingsAreReadAsTheWordMeant() {
        AnswerDecision misspelled = ask("体现一直没到账怎么办");
        AnswerDecision correct = ask("提现一直没到账怎么办");

        assertThat(misspelled.articleKey()).isEqualTo(correct.articleKey()).isEqualTo("withdrawal-pending");
        assertThat(misspelled.confidence()).isEqualTo(correct.confidence());
        assertThat(ask("冲币两个小时了还没到账？").articleKey()).isEqualTo("deposit-missing");
        assertThat(ask("my withdrawl is stuck, help").articleKey()).isEqualTo("withdrawal-pending");
    }

    @Test
    void traditionalChineseIsAnsweredLikeSimplified() {
        AnswerDecision traditional = ask("帳號被凍結了，怎麼解凍？");
        AnswerDecision simplified = ask("账号被冻结了，怎么解冻？");

        assertThat(traditional.articleKey()).isEqualTo("account-frozen");
        assertThat(traditional.confidence()).isEqualTo(simplified.confidence());
        assertThat(traditional.answer()).isEqualTo(simplified.answer());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gm fam ☀️", "谢谢客服！", "🚀🚀🚀", "just withdrew my profits lol", "刚提现了，开心哈哈",
        "BTC to 200k this year, screenshot this", "DM me for a guaranteed 3x on your USDT", "大饼要起飞了",
        "binance withdrawals are slow today", "晚安各位"})
    void chatterAndStatementsWithASupportWordAreNotAnswered(String chatter) {
        AnswerDecision decision = ask(chatter);

        assertThat(decision.autoAnswer()).isFalse();
        assertThat(decision.answer()).isNull();
    }

    /**
     * Issue 14: remarks that name a topic were answered with its article, which makes the bot a
     * spammer in a busy group; a complaint needs action whether or not it ends with a question mark.
     */
    @Test
    void chatterWithATopicsWordsIsLeftAloneInPublicWhileAComplaintWithoutAQuestionMarkIsAnswered() {
        AnswerDecision chatter = ask("liquidated again last night, futures are a casino, im done with leverage");
        AnswerDecision complaint = ask("my withdrawal has been stuck on pending for 3 hours now");

        assertThat(chatter.autoAnswer()).isFalse();
        assertThat(chatter.answer()).isNull();
        assertThat(chatter.suggestions()).as("agents still get suggestions").isNotEmpty();
        assertThat(complaint.autoAnswer()).isTrue();
        assertThat(complaint.articleKey()).isEqualTo("withdrawal-pending");
    }

    @Test
    void groupsNeedMoreConfidenceThanPrivateChats() {
        String question = "my withdrawal is slow, why?";
        double confidence = ask(question).confidence();
        assertThat(confidence).as("a middling confidence to test with").isBetween(0.05, 0.95);
        KnowledgeProperties strictGroups = KnowledgeProperties.defaults().withThresholds(
                new KnowledgeProperties.Thresholds(confidence + 0.01, confidence - 0.01, Map.of()));

        try (KnowledgeAnswerEngine strict = new KnowledgeAnswerEngine(DefaultKnowledgeBase.load(), List.of(),
                strictGroups, Clock.systemUTC())) {
            assertThat(strict.decide(new AnswerQuery(question, Channel.TELEGRAM, true, null)).autoAnswer()).isTrue();
            assertThat(strict.decide(new AnswerQuery(question, Channel.TELEGRAM, false, null)).autoAnswer()).isFalse();
        }
    }

    @Test
    void aChannelCanHaveItsOwnThreshold() {
        KnowledgeProperties twitterNeverAnswers = KnowledgeProperties.defaults().withThresholds(
                new KnowledgeProperties.Thresholds(0.6, 0.45,
                        Map.of(Channel.TWITTER, new KnowledgeProperties.ChannelThresholds(1.0, null))));
        String question = "how do I reset my 2FA? lost my phone";

        try (KnowledgeAnswerEngine custom = new KnowledgeAnswerEngine(DefaultKnowledgeBase.load(), List.of(),
                twitterNeverAnswers, Clock.systemUTC())) {
            assertThat(custom.decide(new AnswerQuery(question, Channel.TWITTER, false, null)).autoAnswer()).isFalse();
            assertThat(custom.decide(new AnswerQuery(question, Channel.TELEGRAM, false, null)).autoAnswer()).isTrue();
            assertThat(custom.decide(new AnswerQuery(question, Channel.TWITTER, true, null)).autoAnswer()).isTrue();
        }
    }

    @Test
    void suggestsTheBestThreeForAgentsEvenWhenItDoesNotAnswer() {
        AnswerDecision decision = ask("I need help with my account");

        assertThat(decision.suggestions()).hasSize(3);
        assertThat(decision.suggestions()).extracting(Suggestion::confidence)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(decision.suggestions().get(0).articleKey()).isEqualTo(decision.articleKey());
    }

    @Test
    void nothingMatchingGivesNoArticle() {
        AnswerDecision decision = ask("🙂🙂");

        assertThat(decision.articleKey()).isNull();
        assertThat(decision.confidence()).isZero();
        assertThat(decision.suggestions()).isEmpty();
    }
}
