package io.switchboard.helpcenter.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.core.helpcenter.SearchMiss;
import io.switchboard.core.helpcenter.SearchMisses;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/** {@code /help/search} as a reader sees it: results, the category filter, and "no results" offering the form. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPagesTest extends OnTheDefaultArticles {

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchMisses misses;

    @Test
    void resultsLinkToTheArticlesWithTheQuerysWordsMarkedInTheReadersLanguage() throws Exception {
        Document page = page("/help/search?q=提幣手續費", "zh-CN", status().isOk());
        assertThat(page.select("h1").text()).isEqualTo("“提幣手續費”的搜索结果");
        Element first = page.selectFirst("ol.results li.result");
        assertThat(first.selectFirst("h2 a").attr("href")).isEqualTo("/help/articles/withdrawal-fee");
        assertThat(first.select("h2 a mark").eachText()).contains("提币手续费");
        assertThat(first.select(".snippet mark")).isNotEmpty();
        assertThat(first.selectFirst(".badge").text()).isEqualTo("充值与提现");
        assertThat(page.select("#help-q").val()).as("the box keeps the query").isEqualTo("提幣手續費");
        assertThat(page.select("#help-q").attr("data-suggestions-label")).as("what the listbox is called").isEqualTo("搜索建议");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");

        Document english = page("/help/search?q=withdrawal fees", "en", status().isOk());
        assertThat(english.selectFirst("ol.results h2 a").text()).isEqualTo("What are the withdrawal fees and minimum withdrawal amounts?");
    }

    @Test
    void theCategoryFilterShowsCountsAndNarrowsTheResults() throws Exception {
        Document all = page("/help/search?q=fee", "en", status().isOk());
        Element facets = all.selectFirst("nav.facets");
        assertThat(facets.selectFirst("a[aria-current=page]").text()).startsWith("All (");
        Element trading = facets.select("a").stream().filter(a -> a.text().startsWith("Trading (")).findFirst().orElseThrow();
        assertThat(trading.attr("href")).isEqualTo("/help/search?q=fee&category=trading");

        Document narrowed = follow(trading.attr("href"));
        assertThat(narrowed.selectFirst("nav.facets a[aria-current=page]").text()).isEqualTo(trading.text());
        assertThat(narrowed.select("ol.results .badge").eachText()).isNotEmpty().containsOnly("Trading");
        assertThat(narrowed.select("ol.results h2 a").eachAttr("href")).contains("/help/articles/trading-fees");
    }

    @Test
    void noResultsOffersTheRequestFormAndCountsTheQueryOncePerView() throws Exception {
        String query = "xylophonic quasar refund";
        Document page = page("/help/search?q=" + query, "en", status().isOk());
        Element none = page.selectFirst(".no-results");
        assertThat(none.text()).contains("No articles or announcements match “xylophonic quasar refund”.");
        assertThat(none.selectFirst("a.ask").attr("href")).isEqualTo("/help/requests/new?subject=xylophonic%20quasar%20refund");
        assertThat(page.select("ol.results li")).isEmpty();
        assertThat(missesOf(query)).isEqualTo(1);

        page("/help/search?q=" + query, "en", status().isOk());
        assertThat(missesOf(query)).isEqualTo(2);
    }

    @Test
    void anEmptyQueryAsksForWordsAndCountsNothing() throws Exception {
        long before = allMisses();
        Document page = page("/help/search?q=   ", "en", status().isOk());
        assertThat(page.select("main p").text()).contains("Type what you are looking for");
        assertThat(page.select(".no-results, ol.results li")).isEmpty();
        assertThat(allMisses()).isEqualTo(before);
    }

    @Test
    void aQueryWithHtmlIsShownAsText() throws Exception {
        Document page = page("/help/search?q=<script>alert('q')</script><b>withdrawal</b>", "en", status().isOk());
        assertThat(page.select("main script, main b, main img")).isEmpty();
        assertThat(page.select("h1").text()).contains("<script>alert('q')</script>");
        assertThat(page.select("ol.results h2 a").eachAttr("href")).contains("/help/articles/withdrawal-pending");
    }

    @Test
    void badInputIsAClearMessageWithA400AndCountsNothing() throws Exception {
        long before = allMisses();
        Document tooLong = page("/help/search?q=" + "z".repeat(201), "en", status().isBadRequest());
        assertThat(tooLong.selectFirst("[role=alert]").text()).isEqualTo("Your search is too long: use at most 200 characters.");
        Document unknown = page("/help/search?q=fee&category=lottery", "zh", status().isBadRequest());
        assertThat(unknown.selectFirst("[role=alert]").text()).isEqualTo("没有可搜索的分类“lottery”。");
        mvc.perform(get("/help/search?q=fee&page=second")).andExpect(status().isBadRequest());
        assertThat(allMisses()).isEqualTo(before);
    }

    @Test
    void manyResultsComeInPages() throws Exception {
        Document first = page("/help/search?q=account withdrawal deposit trading fee", "en", status().isOk());
        assertThat(first.select("ol.results li")).hasSize(HelpSearch.PAGE_SIZE);
        assertThat(first.selectFirst("nav.pages").text()).contains("Page 1 of");
        Document second = follow(first.selectFirst("nav.pages a[rel=next]").attr("href"));
        assertThat(second.selectFirst("nav.pages").text()).contains("Page 2 of");
        assertThat(second.select("ol.results h2 a").eachAttr("href"))
                .doesNotContainAnyElementsOf(first.select("ol.results h2 a").eachAttr("href"));
        Document past = page("/help/search?q=account withdrawal deposit trading fee&page=99", "en", status().isOk());
        assertThat(past.selectFirst("nav.pages").text()).as("past the last page, the last").contains("Page " + pagesOf(first) + " of");
    }

    /** The page at {@code path}, written as a reader types it (MockMvc encodes it). */
    private Document page(String path, String language, ResultMatcher status) throws Exception {
        return parse(mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, language)).andExpect(status));
    }

    /** The page a link of a page leads to, its address already encoded, in English. */
    private Document follow(String href) throws Exception {
        return parse(mvc.perform(get(URI.create(href)).header(HttpHeaders.ACCEPT_LANGUAGE, "en")).andExpect(status().isOk()));
    }

    private static Document parse(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    private static String pagesOf(Document page) {
        return page.selectFirst("nav.pages span").text().replaceAll(".* of ", "");
    }

    private int missesOf(String query) {
        return misses.top(Instant.now().minus(1, ChronoUnit.HOURS), 1000).stream()
                .filter(miss -> miss.query().equals(query)).mapToInt(SearchMiss::count).sum();
    }

    private long allMisses() {
        return misses.top(Instant.now().minus(1, ChronoUnit.HOURS), 1000).stream().mapToInt(SearchMiss::count).sum();
    }
}
