package io.switchboard.router.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.text.TermReader;
import org.junit.jupiter.api.Test;

/** What the question gate reads of a message; its weights are keyed by these names. */
class GateFeaturesTest {

    private static final TermReader READER = TermReader.load();
    private static final GateFeatures FEATURES = GateFeatures.load();

    @Test
    void traditionalChineseGivesTheFeaturesOfSimplified() {
        assertThat(FEATURES.of(READER.fold("提幣怎麼還沒到賬嗎"))).isEqualTo(FEATURES.of(READER.fold("提币怎么还没到账吗")))
                .contains("zh2:提币", "zh3:没到账", "particle-end:吗", "signal:question");
    }

    @Test
    void scammersContactHandlesAndLinksAreSeenWhateverTheNumber() {
        assertThat(FEATURES.of(READER.fold("NovaEx official support, add QQ 20394857 to recover your funds")))
                .contains("contact", "word:support").doesNotContain("word:qq");
        assertThat(FEATURES.of(READER.fold("claim now https://nova-airdrop.xyz/claim")))
                .contains("link").doesNotContain("word:xyz");
    }

    @Test
    void aModelFileWithABrokenLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> QuestionGate.parse("threshold 0.5\nprivate-threshold 0.3\nbias 0.1\nword:how x\n"))
                .hasMessageContaining("line 4");
    }
}
