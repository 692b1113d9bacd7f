package io.switchboard.eval.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The verifier's bar on {@code verify/eval-set.jsonl}: 330 things people paste (official channels in many formats,
 * look-alike domains, the brand inside other domains, unknown and one-digit-off numbers, fake handles and mailboxes,
 * unrelated real ones), written blind from the topic names and the seeded registry, against the registry the
 * application seeds (app's application.yml). Its first run (2026-12-07) is the figure reported in docs/verify.md:
 * precision and recall of "not official" 1.000, 129 of 130 official items recognised, none called fake. Its one
 * mistake (a number with a full stop after it) has been looked at and fixed since, so the set is retired as a
 * measure: it stays as a regression test, and the next figure needs a new blind set.
 */
class BlindVerifySetTest {

    private static final Path SEEDING_CONFIGURATION = Path.of("../app/src/main/resources/application.yml");

    @Test
    void noOfficialChannelIsCalledFakeAndFakesAreCaught() throws URISyntaxException {
        Path set = Path.of(Objects.requireNonNull(getClass().getResource("/verify/eval-set.jsonl")).toURI());
        List<LabeledQuery> items = LabeledQuery.readJsonLines(set);
        VerifyEvaluation evaluation = VerifyEvaluation.run(EvaluateVerifier.verifierSeededBy(SEEDING_CONFIGURATION),
                items);
        String report = evaluation.report() + String.join("\n", evaluation.mistakes());

        assertThat(items).hasSizeGreaterThanOrEqualTo(300);
        assertThat(evaluation.overall().officialCalledFake()).as("official items called fake%n%s", report).isZero();
        assertThat(evaluation.overall().precision()).as("precision%n%s", report).isEqualTo(1.0);
        assertThat(evaluation.overall().recall()).as("recall%n%s", report).isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.overall().officialRecognisedRate()).as("official recognised%n%s", report)
                .isGreaterThanOrEqualTo(0.95);
        System.out.print(report);
    }
}
