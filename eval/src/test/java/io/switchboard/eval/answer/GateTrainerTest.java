package io.switchboard.eval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.router.answer.QuestionGate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gate's trainer: the committed model file must be reproducible from its training sets, so
 * that a retrained gate differs from the last one only where the data or the features did.
 */
class GateTrainerTest {

    private static final List<Set<String>> ROWS = List.of(
            Set.of("word:how", "mark:?", "word:withdraw"), Set.of("word:how", "word:deposit"),
            Set.of("word:why", "mark:?", "word:deposit"), Set.of("laughter", "word:withdraw"),
            Set.of("laughter", "word:moon"), Set.of("word:moon", "emoji"), Set.of("once"));
    private static final List<Boolean> ASKS = List.of(true, true, true, false, false, false, false);

    private final GateTrainer trainer = new GateTrainer(null, GateTrainer.PENALTY);

    @Test
    void theSameMessagesGiveTheSameModelFile() {
        assertThat(trainer.fit(ROWS, ASKS, 0.5, 0.3).toText()).isEqualTo(trainer.fit(ROWS, ASKS, 0.5, 0.3).toText());
    }

    @Test
    void learnsWhatAsksAndLeavesOutFeaturesOfASingleMessage() {
        QuestionGate gate = trainer.fit(ROWS, ASKS, 0.5, 0.3);

        assertThat(gate.asks(Set.of("word:how", "mark:?"), false)).isTrue();
        assertThat(gate.asks(Set.of("laughter", "word:moon"), false)).isFalse();
        assertThat(gate.toText()).contains("word:how ").doesNotContain("once");
    }
}
