package io.switchboard.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColumnTextTest {

    @Test
    void aTextThatFitsAndNullStayAsTheyAre() {
        assertThat(ColumnText.fit("DM me", 5)).isEqualTo("DM me");
        assertThat(ColumnText.fit("", 1)).isEmpty();
        assertThat(ColumnText.fit(null, 5)).isNull();
    }

    @Test
    void aLongerTextKeepsItsStartAndEndsWithAnEllipsisWithinTheLength() {
        String cut = ColumnText.fit("x".repeat(800), 500);

        assertThat(cut).hasSize(500).startsWith("xxx").endsWith("…");
        assertThat(ColumnText.fit("DM me now", 6)).isEqualTo("DM me…");
        assertThat(ColumnText.fit("DM", 1)).isEqualTo("…");
    }

    @Test
    void chineseIsCutBetweenCharacters() {
        assertThat(ColumnText.fit("请私信我你的助记词", 5)).isEqualTo("请私信我…");
    }

    @Test
    void anEmojiCountsAsTwoSoTheCutNeverExceedsTheColumn() {
        String cut = ColumnText.fit("🙂".repeat(3), 5);

        assertThat(cut).hasSize(5).startsWith("🙂🙂").endsWith("…");
        assertThat(ColumnText.fit("🙂🙂", 4)).as("two emoji fill four chars").isEqualTo("🙂🙂");
    }

    @Test
    void anExcerptKeepsItsLengthAndThenMarksTheCut() {
        assertThat(ColumnText.excerpt("DM me", 5)).isEqualTo("DM me");
        assertThat(ColumnText.excerpt("DM me now", 5)).isEqualTo("DM me…");
        assertThat(ColumnText.excerpt("请私信我你的助记词", 4)).isEqualTo("请私信我…");
        assertThat(ColumnText.excerpt(null, 5)).isNull();
    }

    @Test
    void aColumnHoldsAtLeastOneCharacter() {
        assertThatThrownBy(() -> ColumnText.fit("x", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 0");
    }

    @Test
    void aHeadlineIsCutAfterAWholeWord() {
        assertThat(ColumnText.headline("withdrawal pending  since\nyesterday", 20)).isEqualTo("withdrawal pending…");
        assertThat(ColumnText.headline("deposit missing", 15)).isEqualTo("deposit missing");
    }

    @Test
    void aChineseHeadlineIsCutBetweenCharactersAndNextToLatinWords() {
        assertThat(ColumnText.headline("我的USDT充值一直不到账怎么办", 8)).isEqualTo("我的USDT充…");
        assertThat(ColumnText.headline("充值USDT到账", 5)).isEqualTo("充值…");
    }

    @Test
    void aHeadlineOfOneLongWordIsCutInsideIt() {
        assertThat(ColumnText.headline("https://novaex.com/very/long/path", 10)).isEqualTo("https://n…");
    }
}
