package io.switchboard.router.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The topic model file as the engine reads it. */
class TopicModelTest {

    private static final String FILE = """
            # fitted by hand for this test
            none 0.5
            trading-fees 0.0
            withdrawal-fee 0.0
            trading-fees 3.0 word:maker
            withdrawal-fee 2.0 word:withdrawal
            withdrawal-fee 1.5 zh2:提币 手续费
            """;

    @Test
    void readsTheClassesWeightsAndFeatureNamesWithSpaces() {
        TopicModel model = TopicModel.parse(FILE);

        assertThat(model.read(Set.of("word:maker")).best()).isEqualTo("trading-fees");
        assertThat(model.read(Set.of("zh2:提币 手续费")).best()).isEqualTo("withdrawal-fee");
        assertThat(model.read(Set.of("word:unknown")).none()).isGreaterThan(0.4);
        assertThat(TopicModel.parse(model.toText()).read(Set.of("word:maker")).of("trading-fees"))
                .isEqualTo(model.read(Set.of("word:maker")).of("trading-fees"));
    }

    @Test
    void aBadLineFailsWithItsNumber() {
        assertThatThrownBy(() -> TopicModel.parse("none 0\ntrading-fees x word:maker\n"))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> TopicModel.parse("trading-fees 0\n")).hasMessageContaining("'none'");
    }

    @Test
    void theShippedModelKnowsEveryTopicAndNone() {
        TopicModel.Reading reading = EngineResources.load().topics().read(Set.of());

        assertThat(reading.probabilities()).containsKey(TopicModel.NONE).hasSizeGreaterThan(20);
    }
}
