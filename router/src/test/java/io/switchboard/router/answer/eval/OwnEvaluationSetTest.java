package io.switchboard.router.answer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.router.answer.DefaultKnowledgeBase;
import io.switchboard.router.answer.KnowledgeAnswerEngine;
import io.switchboard.router.answer.KnowledgeProperties;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The quality bar, on the project's own evaluation set (150 messages written for it, zh and en,
 * 30 of them chatter that must not be answered), asked as public posts at the default threshold.
 */
class OwnEvaluationSetTest {

    @Test
    void meetsThePrecisionCoverageAndRecallBar() throws URISyntaxException {
        List<LabeledMessage> messages = LabeledMessage.readJsonLines(Path.of(Objects.requireNonNull(
                getClass().getResource("/knowledge/eval-set.jsonl")).toURI()));
        KnowledgeProperties properties = KnowledgeProperties.defaults();
        double threshold = properties.thresholds().publicChat();

        Evaluation.Metrics metrics;
        String report;
        try (KnowledgeAnswerEngine engine = new KnowledgeAnswerEngine(DefaultKnowledgeBase.load(), List.of(),
                properties, Clock.systemUTC())) {
            Evaluation evaluation = Evaluation.run(engine, messages, false);
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
