package io.switchboard.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.text.SearchAnalysis.Field;
import org.junit.jupiter.api.Test;

/** What the forum's and the help center's search rely on: Chinese and English words for one thing meet at one term. */
class SearchAnalysisTest {

    private final SearchAnalysis analysis = SearchAnalysis.load();

    @Test
    void chineseAndEnglishWordsForWithdrawingMeet() {
        assertThat(analysis.queryTerms(Field.ZH, "提幣")).contains("withdraw");
        assertThat(analysis.queryTerms(Field.EN, "My withdrawl")).contains("withdraw");
    }

    @Test
    void aQueryLooksForEveryKindOfTermInEveryPartWithThePartsBoost() {
        String query = analysis.query("提币手续费", java.util.Map.of("title", 3f, "body", 1f)).orElseThrow().toString();
        assertThat(query).contains("title_zh:withdraw)^3.0", "body_zh:withdraw", "title_cjk:提币)^3.0", "body_en:");
        assertThat(analysis.query("的 了 。", java.util.Map.of("body", 1f))).as("stop words only").isEmpty();
        assertThat(analysis.query("水星", java.util.Map.of("body", 1f)).orElseThrow().toString())
                .as("a Chinese word is not looked for character by character").doesNotContain("body_en:水", "body_en:星");
    }

    @Test
    void fieldsWithoutAKindAreRefusedByTheIndexingAnalyzer() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> analysis.indexing().tokenStream("title", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'title'");
    }

    @Test
    void theMatcherMarksSynonymsTraditionalFormsAndMisspellingsInTheTextAsWritten() {
        String text = "提現手續費：Withdrawals cost a FEE. 币";
        assertThat(marked(analysis.matcher("提幣手续费"), text)).containsExactly("提現手續費", "Withdrawals", "FEE");
        assertThat(marked(analysis.matcher("withdrawl fees"), text)).containsExactly("提現手續費", "Withdrawals", "FEE");
        assertThat(analysis.matcher("的").isEmpty()).isTrue();
        assertThat(analysis.foldInPlace("ﬁle 提現 ＡＢ")).as("a ligature would move what follows: kept")
                .isEqualTo("ﬁle 提现 ab");
    }

    private java.util.List<String> marked(QueryMatcher matcher, String text) {
        return matcher.find(analysis.foldInPlace(text)).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void chinesePairsGoToTheirOwnFieldAndLatinWordsDoNot() {
        assertThat(analysis.queryTerms(Field.CJK, "提币 USDT")).contains("提币").doesNotContain("usdt");
    }
}
