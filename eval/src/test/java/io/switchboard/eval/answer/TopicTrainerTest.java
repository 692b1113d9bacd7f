package io.switchboard.eval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.router.answer.TopicModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The topic model's trainer: the committed model file must be reproducible from its training
 * sets, and the model must tell the topics it was taught apart.
 */
class TopicTrainerTest {

    private static final List<Set<String>> ROWS = List.of(
            Set.of("word:maker", "word:fee"), Set.of("word:taker", "word:fee"), Set.of("word:maker", "word:taker"),
            Set.of("word:withdrawal", "word:fee"), Set.of("word:withdrawal", "word:network"),
            Set.of("word:email", "word:change"), Set.of("word:email", "word:once"));
    private static final List<String> CLASSES = List.of("trading-fees", "trading-fees", "trading-fees",
            "withdrawal-fee", "withdrawal-fee", TopicModel.NONE, TopicModel.NONE);

    private final TopicTrainer trainer = new TopicTrainer(null, TopicTrainer.PENALTY);

    @Test
    void theSameMessagesGiveTheSameModelFile() {
        assertThat(trainer.fit(ROWS, CLASSES).toText()).isEqualTo(trainer.fit(ROWS, CLASSES).toText());
    }

    @Test
    void tellsTheTaughtTopicsApartAndLeavesOutFeaturesOfASingleMessage() {
        TopicModel model = trainer.fit(ROWS, CLASSES);

        assertThat(model.read(Set.of("word:maker", "word:fee")).best()).isEqualTo("trading-fees");
        assertThat(model.read(Set.of("word:withdrawal", "word:fee")).best()).isEqualTo("withdrawal-fee");
        assertThat(model.read(Set.of("word:email")).none()).isGreaterThan(0.5);
        assertThat(model.toText()).contains("trading-fees ").contains(" word:maker").doesNotContain("word:once");
    }
}
