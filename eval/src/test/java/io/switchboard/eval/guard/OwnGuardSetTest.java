package io.switchboard.eval.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.router.guard.ScamDetector;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guard's quality bar on the project's own sets, zh and en, with the rules in {@code rules.yml}:
 * <ul>
 *   <li>{@code eval-set.jsonl}: 230 names and messages the rules were tuned on;</li>
 *   <li>{@code holdout-set.jsonl}: 121 written before the detector existed and never tuned on
 *       (its misses were never looked at). When it has been tuned on, write a new one.</li>
 * </ul>
 * Both carry hard negatives: members asking whether a link is safe, allowlisted links, talk about
 * keeping a seed phrase safe, and innocent names close to the brand's or a staff member's.
 */
class OwnGuardSetTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eval-set.jsonl", "holdout-set.jsonl"})
    void meetsThePrecisionAndRecallBar(String set) throws URISyntaxException {
        Path file = Path.of(Objects.requireNonNull(getClass().getResource("/guard/" + set)).toURI());
        List<LabeledItem> items = LabeledItem.readJsonLines(file);
        GuardEvaluation evaluation = GuardEvaluation.run(
                new ScamDetector(EvaluateGuard.readRules(file.resolveSibling("rules.yml"))), items);
        String report = evaluation.report() + String.join("\n", evaluation.mistakes());

        assertThat(items).hasSizeGreaterThanOrEqualTo(120);
        assertThat(items).filteredOn(item -> !item.scam()).as("legitimate items").hasSizeGreaterThanOrEqualTo(50);
        assertThat(items).extracting(LabeledItem::lang).as("languages").contains("zh", "en");
        assertThat(evaluation.overall().precision()).as("precision%n%s", report).isGreaterThanOrEqualTo(0.97);
        assertThat(evaluation.overall().recall()).as("recall%n%s", report).isGreaterThanOrEqualTo(0.90);
    }
}
