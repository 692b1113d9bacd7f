package io.switchboard.helpcenter.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.text.QueryMatcher;
import io.switchboard.text.SearchAnalysis;
import org.junit.jupiter.api.Test;

/** What a result quotes: the words marked where they are densest, the text escaped, cut at words. */
class SnippetsTest {

    private static final SearchAnalysis ANALYSIS = SearchAnalysis.load();

    @Test
    void aTitleIsMarkedWholeAndEscaped() {
        assertThat(marked("<i>Withdrawal</i> fees & limits", "withdrawl fee"))
                .isEqualTo("&lt;i&gt;<mark>Withdrawal</mark>&lt;/i&gt; <mark>fees</mark> &amp; limits");
    }

    @Test
    void aLongBodyIsQuotedWhereTheWordsAreDensestCutAtWords() {
        String body = "Opening words about accounts. ".repeat(12) + "Your withdrawal fee depends on the network; "
                + "the withdrawal fee is shown before you confirm. " + "Closing words about trading. ".repeat(12);
        String excerpt = excerpt(body, "withdrawal fee");
        assertThat(excerpt).startsWith("…").endsWith("…").contains("<mark>withdrawal</mark> <mark>fee</mark> depends",
                "the <mark>withdrawal</mark> <mark>fee</mark> is shown");
        assertThat(excerpt.replaceAll("</?mark>", "").length()).isLessThan(Snippets.LENGTH + 40);
        assertThat(excerpt).as("no word cut in two at the start").doesNotContainPattern("…[a-z]+ords");
    }

    @Test
    void aBodyWithoutTheWordsIsQuotedFromItsStart() {
        assertThat(excerpt("Short body with <b>tags</b>.", "zebra")).isEqualTo("Short body with &lt;b&gt;tags&lt;/b&gt;.");
    }

    @Test
    void chineseTraditionalQueriesMarkTheSimplifiedText() {
        assertThat(excerpt("提币手续费用于支付区块链网络费用。", "提幣手續費"))
                .startsWith("<mark>提币手续费</mark>用于支付区块链网络<mark>费用</mark>");
    }

    private static String marked(String text, String query) {
        return Snippets.marked(text, ANALYSIS.foldInPlace(text), matcher(query));
    }

    private static String excerpt(String text, String query) {
        return Snippets.excerpt(text, ANALYSIS.foldInPlace(text), matcher(query));
    }

    private static QueryMatcher matcher(String query) {
        return ANALYSIS.matcher(query);
    }
}
