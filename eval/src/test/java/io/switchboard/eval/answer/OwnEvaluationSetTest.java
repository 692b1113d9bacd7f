package io.switchboard.eval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.router.answer.DefaultKnowledgeBase;
import io.switchboard.router.answer.KnowledgeAnswerEngine;
import io.switchboard.router.answer.KnowledgeProperties;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quality bar on the project's own evaluation sets, zh and en, each with chatter that must not
 * be answered, asked as public posts and as private chats at the default thresholds:
 * <ul>
 *   <li>{@code eval-set.jsonl}: 150 messages written alongside the engine;</li>
 *   <li>{@code holdout-set.jsonl}: 180 messages written afterwards by someone who saw only the
 *       topic list, never the articles, their phrasings or the tuning sets: the best estimate here
 *       of messages the engine has never seen. Never tune on it; write a new one instead.</li>
 * </ul>
 */
class OwnEvaluationSetTest {

    @ParameterizedTest(name = "{0}, private chat: {1}")
    @CsvSource({"eval-set.jsonl, false", "eval-set.jsonl, true", "holdout-set.jsonl, false", "holdout-set.jsonl, true"})
    void meetsThePrecisionCoverageAndRecallBar(String set, boolean privateChat) throws URISyntaxException {
        List<LabeledMessage> messages = LabeledMessage.readJsonLines(Path.of(Objects.requireNonNull(
                getClass().getResource("/knowledge/" + set)).toURI()));
        KnowledgeProperties properties = KnowledgeProperties.defaults();
        KnowledgeProperties.Thresholds thresholds = properties.thresholds();
        double threshold = privateChat ? thresholds.privateChat() : thresholds.publicChat();

        Evaluation.Metrics metrics;
        String report;
        try (KnowledgeAnswerEngine engine = new KnowledgeAnswerEngine(DefaultKnowledgeBase.load(), List.of(),
                properties, Clock.systemUTC())) {
            Evaluation evaluation = Evaluation.run(engine, messages, privateChat);
            metrics = evaluation.overall(threshold);
            report = evaluation.report(threshold) + String.join("\n", evaluation.mistakes(threshold));
        }

        assertThat(messages).hasSizeGreaterThanOrEqualTo(120);
        assertThat(metrics.nullMessages()).as("chatter in the set").isGreaterThanOrEqualTo(25);
        assertThat(metrics.precision()).as("auto-answer precision%n%s", report).isGreaterThanOrEqualTo(0.95);
        assertThat(metrics.coverage()).as("coverage%n%s", report).isGreaterThanOrEqualTo(0.80);
        assertThat(metrics.topThreeRecall()).as("top-3 recall%n%s", report).isGreaterThanOrEqualTo(0.95);
        assertThat(metrics.nullAnswerRate()).as("chatter answered%n%s", report).isLessThanOrEqualTo(0.05);
    }
}
