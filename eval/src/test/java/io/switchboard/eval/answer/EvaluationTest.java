package io.switchboard.eval.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.Suggestion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics follow shared/kb-eval/README.md, checked on a scripted engine. */
class EvaluationTest {

    private static final Map<String, AnswerDecision> SCRIPT = Map.of(
            "right", decision("a", 0.9, "a", "b"),
            "wrong", decision("b", 0.8, "b", "c", "a"),
            "unsure", decision("c", 0.3, "c", "b", "a"),
            "chatter", decision("a", 0.7, "a"),
            "quiet", decision("b", 0.1, "b"));

    private static AnswerDecision decision(String key, double confidence, String... suggested) {
        return new AnswerDecision(key, confidence, confidence >= 0.5, null,
                java.util.Arrays.stream(suggested).map(s -> new Suggestion(s, confidence)).toList());
    }

    private final AnswerEngine engine = query -> SCRIPT.get(query.text());

    private final List<LabeledMessage> messages = LabeledMessage.parse(List.of(
            "{\"text\": \"right\", \"expected\": \"a\", \"lang\": \"en\", \"channel\": \"telegram\"}",
            "{\"text\": \"wrong\", \"expected\": \"a\", \"lang\": \"zh\", \"channel\": \"telegram\"}",
            "",
            "{\"text\": \"unsure\", \"expected\": \"d\", \"lang\": \"en\", \"channel\": \"forum\"}",
            "{\"text\": \"chatter\", \"expected\": null, \"lang\": \"en\", \"channel\": \"forum\"}",
            "{\"text\": \"quiet\", \"expected\": null, \"lang\": \"zh\", \"channel\": \"telegram\"}"), "test");

    @Test
    void countsAnswersMissesAndChatterAtTheThreshold() {
        Evaluation.Metrics at50 = Evaluation.run(engine, messages, false).overall(0.5);

        assertThat(at50).isEqualTo(new Evaluation.Metrics(3, 1, 3, 2, 2, 1));
        assertThat(at50.precision()).isEqualTo(1 / 3.0);
        assertThat(at50.coverage()).isEqualTo(1 / 3.0);
        assertThat(at50.topThreeRecall()).isEqualTo(2 / 3.0);
        assertThat(at50.nullAnswerRate()).isEqualTo(0.5);
    }

    @Test
    void aHigherThresholdTradesCoverageForPrecision() {
        Evaluation.Metrics at85 = Evaluation.run(engine, messages, false).overall(0.85);

        assertThat(at85.precision()).isEqualTo(1.0);
        assertThat(at85.coverage()).isEqualTo(1 / 3.0);
        assertThat(at85.nullAnswerRate()).isZero();
    }

    @Test
    void splitsByLanguageAndChannelWithCountsInTheReport() {
        Evaluation evaluation = Evaluation.run(engine, messages, false);

        assertThat(evaluation.byLanguage(0.5)).containsOnlyKeys("en", "zh");
        assertThat(evaluation.byChannel(0.5).get("forum")).isEqualTo(new Evaluation.Metrics(1, 0, 1, 0, 1, 1));
        assertThat(evaluation.report(0.5))
                .contains("auto-answer threshold: 0.50")
                .contains("overall            0.333 (1/3)")
                .contains("lang=zh")
                .contains("channel=forum");
    }

    @Test
    void namesWhichTopicWasTakenForWhichAmongAnswersAndBestMatches() {
        Evaluation evaluation = Evaluation.run(engine, messages, false);

        assertThat(evaluation.confusions(0.5, true)).containsExactly(Map.entry("a -> b", 1));
        assertThat(evaluation.confusions(0.5, false)).containsOnly(Map.entry("a -> b", 1), Map.entry("d -> c", 1));
    }

    @Test
    void splitsTheNonQuestionsAnsweredByKindWhenTheSetGivesKinds() {
        List<LabeledMessage> kinds = LabeledMessage.parse(List.of(
                "{\"text\": \"chatter\", \"expected\": null, \"lang\": \"en\", \"channel\": \"forum\", "
                        + "\"variety\": \"en\", \"kind\": \"chatter\"}",
                "{\"text\": \"quiet\", \"expected\": null, \"lang\": \"zh\", \"channel\": \"telegram\", "
                        + "\"variety\": \"zh-hant\", \"kind\": \"scam\"}"), "kinds");

        Evaluation evaluation = Evaluation.run(engine, kinds, false);

        assertThat(evaluation.byKind(0.5).get("chatter").nullAnswered()).isEqualTo(1);
        assertThat(evaluation.byKind(0.5).get("scam").nullAnswered()).isZero();
        assertThat(evaluation.report(0.5)).contains("kind=chatter").contains("kind=scam");
        assertThat(Evaluation.run(engine, messages, false).report(0.5)).doesNotContain("kind=");
    }

    @Test
    void aBrokenLineIsReportedWithItsNumber() {
        assertThatThrownBy(() -> LabeledMessage.parse(List.of(
                "{\"text\": \"ok\", \"expected\": null, \"lang\": \"en\", \"channel\": \"forum\"}",
                "{\"text\": \"no channel\", \"lang\": \"en\"}"), "set.jsonl"))
                .hasMessageStartingWith("set.jsonl line 2:");
    }
}
