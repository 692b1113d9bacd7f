package io.switchboard.helpcenter.search;

import static io.switchboard.helpcenter.search.SearchFixtures.BY;
import static io.switchboard.helpcenter.search.SearchFixtures.article;
import static io.switchboard.helpcenter.search.SearchFixtures.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleStatus;
import io.switchboard.core.knowledge.KnowledgeBase;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The help center's search over the default knowledge base: Chinese in either script, English and
 * misspellings find the article the answer engine would; drafts and withdrawn announcements are never
 * found; a change is searchable within a second; snippets mark the words and run no HTML.
 */
@SpringBootTest
class HelpSearchTest extends OnTheDefaultArticles {

    @Autowired
    HelpSearch search;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    Announcements announcements;

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource({
            "提币手续费是多少, zh, withdrawal-fee",
            "提幣手續費是多少, zh, withdrawal-fee",
            "充值一直没到账, zh, deposit-missing",
            "充值一直沒到賬, zh, deposit-missing",
            "冲值没到帐, zh, deposit-missing",
            "合約爆倉, zh, futures-liquidation",
            "withdrawal fees, en, withdrawal-fee",
            "withdrawl fee, en, withdrawal-fee",
            "lost my phone reset 2fa, en, 2fa-reset",
            "my deposit has not arrived, en, deposit-missing",
            "funding rate perpetual, en, funding-rate",
    })
    void findsTheArticleTheEngineWould(String query, String language, String key) {
        assertThat(fixtures.firstUrl(query, language)).isEqualTo("/help/articles/" + key);
    }

    @Test
    void anArticleIsOneResultInTheReadersLanguageWhateverTheQuerysLanguage() {
        SearchResult zh = search.search("withdrawal fees", null, "zh", 1).results().get(0);
        assertThat(zh.language()).isEqualTo("zh");
        assertThat(zh.titleHtml()).contains("<mark>提币手续费</mark>");
        SearchResult en = search.search("提币手续费", null, "en", 1).results().get(0);
        assertThat(en.language()).isEqualTo("en");
        assertThat(en.titleHtml()).contains("<mark>withdrawal</mark> <mark>fees</mark>");
        assertThat(search.search("提币手续费", null, "en", 1).results()).extracting(SearchResult::url)
                .doesNotHaveDuplicates();
        SearchResult maintenance = search.search("maintenance suspended", null, "zh", 1).results().get(0);
        assertThat(maintenance.url()).isEqualTo("/help/articles/maintenance");
        assertThat(maintenance.titleHtml()).isEqualTo("充提<mark>暂停</mark>、<mark>系统维护</mark>是怎么回事？");
    }

    @Test
    void theCategoryFilterNarrowsTheResultsAndTheCountsStayThoseOfAll() {
        SearchOutcome all = search.search("fee", null, "en", 1);
        SearchOutcome trading = search.search("fee", "trading", "en", 1);
        assertThat(all.counts()).containsKeys("deposit-withdrawal", "trading");
        assertThat(trading.counts()).isEqualTo(all.counts());
        assertThat(trading.found()).isEqualTo(all.counts().get("trading")).isLessThan(all.total());
        assertThat(trading.results()).isNotEmpty().allSatisfy(result -> assertThat(result.category()).isEqualTo("trading"));
        assertThat(trading.results()).extracting(SearchResult::url).contains("/help/articles/trading-fees")
                .doesNotContain("/help/articles/withdrawal-fee");
    }

    @Test
    void aDraftIsNeverFoundAndAChangeIsSearchableWithinASecond() {
        String key = "search-fixture-draft";
        knowledge.create(article(key, ArticleStatus.DRAFT, "Quorvex token airdrop", "The quorvex airdrop rules.",
                "Quorvex 空投", "quorvex 空投规则。"), BY);
        // the draft's change went through the index's thread like any other: something after it is already found
        long after = fixtures.announce("Quorvex maintenance window", "A short maintenance.", Set.of(), null);
        try {
            awaitTrue(() -> fixtures.urls("quorvex", "en").stream().anyMatch(url -> url.startsWith("/help/announcements/")));
            assertThat(fixtures.urls("quorvex", "en")).doesNotContain("/help/articles/" + key);

            ArticleContent published = article(key, ArticleStatus.PUBLISHED, "Quorvex token airdrop",
                    "The quorvex airdrop rules.", "Quorvex 空投", "quorvex 空投规则。");
            knowledge.update(key, published, BY);
            awaitTrue(() -> fixtures.urls("quorvex airdrop", "en").contains("/help/articles/" + key));

            knowledge.update(key, article(key, ArticleStatus.DRAFT, "Quorvex token airdrop", "The quorvex airdrop rules.",
                    "Quorvex 空投", "quorvex 空投规则。"), BY);
            awaitTrue(() -> !fixtures.urls("quorvex airdrop", "en").contains("/help/articles/" + key));

            knowledge.update(key, published, BY);
            awaitTrue(() -> fixtures.urls("quorvex airdrop", "en").contains("/help/articles/" + key));
        } finally {
            knowledge.delete(key, BY);
            announcements.withdraw(after, BY);
        }
        awaitTrue(() -> !fixtures.urls("quorvex airdrop", "en").contains("/help/articles/" + key));
    }

    @Test
    void announcementsAreFoundWhileTheyAreShownOnTheWeb() {
        long web = fixtures.announce("Zentrafy upgrade tonight", "Deposits pause during the zentrafy upgrade.",
                Set.of(), null);
        long telegramOnly = fixtures.announce("Zentrafy group rules", "For the Telegram group.",
                Set.of(Channel.TELEGRAM), null);
        long expired = fixtures.announce("Zentrafy old notice", "Over.", Set.of(), Instant.now().minusSeconds(1));
        awaitTrue(() -> fixtures.urls("zentrafy", "en").contains("/help/announcements/" + web));
        SearchOutcome found = search.search("zentrafy", null, "en", 1);
        assertThat(found.results()).extracting(SearchResult::url).containsExactly("/help/announcements/" + web);
        assertThat(found.results().get(0).category()).isEqualTo("announcements");
        assertThat(found.results().get(0).snippetHtml()).contains("during the <mark>zentrafy</mark> upgrade");

        announcements.withdraw(web, BY);
        awaitTrue(() -> fixtures.urls("zentrafy", "en").isEmpty());
        announcements.withdraw(telegramOnly, BY);
        announcements.withdraw(expired, BY);
    }

    @Test
    void titlesAndSnippetsMarkTheQuerysWordsAndShowHtmlAsText() {
        String key = "search-fixture-html";
        knowledge.create(article(key, ArticleStatus.PUBLISHED, "<b>Glimmerstone</b> & you",
                "Paste <script>alert('x')</script> nowhere. Glimmerstone <img src=x onerror=alert(1)> rewards.",
                "Glimmerstone 奖励", "Glimmerstone 奖励说明。"), BY);
        try {
            awaitTrue(() -> fixtures.urls("glimmerstone", "en").contains("/help/articles/" + key));
            SearchResult result = search.search("glimmerstone", null, "en", 1).results().get(0);
            assertThat(result.titleHtml()).isEqualTo("&lt;b&gt;<mark>Glimmerstone</mark>&lt;/b&gt; &amp; you");
            // Markdown keeps no raw HTML; what is left of it is text, escaped
            assertThat(result.snippetHtml()).contains("<mark>Glimmerstone</mark>").doesNotContain("<script", "<img");
            SearchResult typed = search.search("<script>alert(1)</script> glimmerstone", null, "en", 1).results().get(0);
            assertThat(typed.titleHtml()).doesNotContain("<script", "<b>");
        } finally {
            knowledge.delete(key, BY);
        }
    }

    @Test
    void aQueryOfStopWordsOrPunctuationFindsNothing() {
        assertThat(search.search("的 了 ？！", null, "zh", 1).total()).isZero();
        assertThat(search.search("the of and", null, "en", 1).results()).isEmpty();
    }

    @Test
    void suggestionsCompleteTheWordBeingTyped() {
        assertThat(search.suggest("withdr", "en")).extracting(Suggestion::url)
                .contains("/help/articles/withdrawal-fee", "/help/articles/withdrawal-pending");
        assertThat(search.suggest("withdrawal fe", "en").get(0).url()).isEqualTo("/help/articles/withdrawal-fee");
        List<Suggestion> zh = search.suggest("提幣手續", "zh");
        assertThat(zh.get(0).title()).isEqualTo("提币手续费和最小提币数量是多少？");
        assertThat(search.suggest("a", "en")).hasSizeLessThanOrEqualTo(HelpSearch.SUGGESTIONS);
        assertThat(search.suggest("2f", "en")).extracting(Suggestion::url).contains("/help/articles/2fa-setup");
        assertThat(search.suggest("提", "zh")).extracting(Suggestion::url).contains("/help/articles/withdrawal-fee");
        // the maintenance article's English title says "withdrawals", its Chinese one 充提: shown in Chinese
        assertThat(search.suggest("提币", "zh")).extracting(Suggestion::title).as("in Chinese, and about 提币, not any 币")
                .allMatch(io.switchboard.text.Scripts::hasHan).noneMatch(title -> title.contains("买币"));
    }
}
