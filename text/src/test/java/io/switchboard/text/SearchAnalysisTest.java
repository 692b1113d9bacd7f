package io.switchboard.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.text.SearchAnalysis.Field;
import org.junit.jupiter.api.Test;

/** What the forum's search relies on: Chinese and English words for one thing meet at one term. */
class SearchAnalysisTest {

    private final SearchAnalysis analysis = SearchAnalysis.load();

    @Test
    void chineseAndEnglishWordsForWithdrawingMeet() {
        assertThat(analysis.queryTerms(Field.ZH, "提幣")).contains("withdraw");
        assertThat(analysis.queryTerms(Field.EN, "My withdrawl")).contains("withdraw");
    }

    @Test
    void chinesePairsGoToTheirOwnFieldAndLatinWordsDoNot() {
        assertThat(analysis.queryTerms(Field.CJK, "提币 USDT")).contains("提币").doesNotContain("usdt");
    }
}
