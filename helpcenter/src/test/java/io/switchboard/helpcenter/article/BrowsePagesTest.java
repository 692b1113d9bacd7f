package io.switchboard.helpcenter.article;

import static io.switchboard.helpcenter.article.BrowseFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleStatus;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.ticket.TicketCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;

/** The knowledge base's pages as a reader gets them, behind the real security chain, in English and Chinese. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowsePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    Announcements announcements;

    private String announcementId;

    @BeforeAll
    void writeTheKnowledgeBase() {
        article("pages-liquidation", TicketCategory.TRADING, "futures").promoted()
                .tags("liquidation", "margin", "强平")
                .en("Why was my {exchange} position liquidated?",
                        "When your margin falls below the **maintenance margin**, the position is closed.\n\n"
                        + "<script>window.pwned = true</script><img src=x onerror=\"window.pwned = true\">\n\n"
                        + "Read more at {website}.")
                .zh("为什么我的{exchange}仓位被强平？", "当保证金低于**维持保证金**时，仓位会被强制平仓。")
                .createIn(knowledgeBase);
        article("pages-funding", TicketCategory.TRADING, "futures").tags("margin", "funding")
                .en("What is the funding rate?", "Funding is paid between longs and shorts every eight hours.")
                .zh("什么是资金费率？", "多空双方每八小时互相支付资金费用。")
                .createIn(knowledgeBase);
        article("pages-spot-only-en", TicketCategory.TRADING, null)
                .en("Why is my limit order not filled?", "A limit order fills only at your price or better.")
                .createIn(knowledgeBase);
        article("pages-secret-draft", TicketCategory.TRADING, "futures").promoted().draft()
                .en("Unreleased futures fee cut", "Not yet.")
                .zh("未公布的合约手续费", "暂不公开。")
                .createIn(knowledgeBase);
        announcementId = String.valueOf(announcements.publish(new AnnouncementContent(null,
                AnnouncementCategory.MAINTENANCE, Map.of(
                        "en", new AnnouncementText("Pages wallet maintenance tonight", "Deposits pause for an hour."),
                        "zh", new AnnouncementText("今晚钱包维护", "充值暂停一小时。")),
                Set.of(), Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1))), "test-editor").id());
    }

    @Test
    void theHomePageListsCategoriesWithTheirSectionsPromotedArticlesAndAnnouncements() throws Exception {
        Document home = page("/help?lang=en");

        assertThat(home.select("form.big-search").attr("action")).isEqualTo("/help/search");
        assertThat(home.select(".categories .category h3").eachText()).containsExactly("Account and security",
                "Deposits and withdrawals", "Trading", "Promotions and events", "Other");
        Element trading = home.select(".categories .category").get(2);
        assertThat(trading.select(".sections a").eachText()).containsExactly("Spot trading", "Futures", "Fees");
        assertThat(trading.selectFirst(".sections a[href=/help/categories/trading/futures]")).isNotNull();
        assertThat(home.select("#home-promoted + ul a").eachText()).contains("Why was my TestEx position liquidated?")
                .doesNotContain("Unreleased futures fee cut");
        assertThat(home.select("ul.announcements a").eachText()).contains("Pages wallet maintenance tonight");
        assertThat(home.select("ul.announcements a").eachAttr("href")).contains("/help/announcements/" + announcementId);
    }

    @Test
    void theHomePageSpeaksChinese() throws Exception {
        Document home = page("/help?lang=zh");

        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(home.select("h1").text()).isEqualTo("有什么可以帮您？");
        assertThat(home.select(".categories .category h3").eachText()).contains("账户与安全", "充值与提现", "交易");
        assertThat(home.select(".sections a").eachText()).contains("登录与二次验证", "合约交易", "手续费");
        assertThat(home.select("#home-promoted + ul a").eachText()).contains("为什么我的TestEx仓位被强平？");
        assertThat(home.select("ul.announcements a").eachText()).contains("今晚钱包维护");
    }

    @Test
    void categoryAndSectionPagesListTheirPublishedArticlesOnly() throws Exception {
        Document category = page("/help/categories/trading?lang=en");
        assertThat(category.select("h1").text()).isEqualTo("Trading");
        assertThat(category.select("#futures a").eachText())
                .contains("Futures", "Why was my TestEx position liquidated?", "What is the funding rate?")
                .doesNotContain("Unreleased futures fee cut");
        assertThat(category.select("#spot a").eachText()).as("an article without a section is in the first one")
                .contains("Why is my limit order not filled?");

        Document section = page("/help/categories/trading/futures?lang=zh");
        assertThat(section.select("h1").text()).isEqualTo("合约交易");
        assertThat(section.select(".crumbs li").eachText()).containsExactly("帮助中心", "交易", "合约交易");
        assertThat(section.select("ul.articles a").eachText()).contains("为什么我的TestEx仓位被强平？", "什么是资金费率？")
                .doesNotContain("未公布的合约手续费");
    }

    @Test
    void anArticleShowsItsCleanedBodyWithPlaceholdersFilledTagsDateCrumbsRelatedArticlesAndTheWayToARequest()
            throws Exception {
        Document article = page("/help/articles/pages-liquidation?lang=en");

        assertThat(article.select("h1").text()).isEqualTo("Why was my TestEx position liquidated?");
        Element body = article.selectFirst(".body");
        assertThat(body.select("strong").text()).isEqualTo("maintenance margin");
        assertThat(body.select("script, img, [onerror]")).as("the script in the body is inert").isEmpty();
        assertThat(body.select("a").attr("href")).isEqualTo(BrowseFixtures.WEBSITE);
        assertThat(article.select("main script")).isEmpty();
        assertThat(article.select(".tags a").eachText()).containsExactly("liquidation", "margin");
        assertThat(article.select(".tags a").first().attr("href")).isEqualTo("/help/search?q=liquidation");
        assertThat(article.select("article time").attr("datetime")).isNotBlank();
        assertThat(article.select(".crumbs li").eachText()).containsExactly("Help center", "Trading", "Futures",
                "Why was my TestEx position liquidated?");
        assertThat(article.select(".related a").eachText()).contains("What is the funding rate?")
                .doesNotContain("Unreleased futures fee cut");
        assertThat(article.select(".still-need-help a").attr("href"))
                .isEqualTo("/help/requests/new?article=pages-liquidation&category=trading");
        assertThat(article.select("form.vote-form").attr("action")).isEqualTo("/help/articles/pages-liquidation/vote");
        assertThat(article.select("form.vote-form button").eachText()).containsExactly("Yes", "No");
        assertThat(article.select("meta[name=csrf-token]").attr("content")).isNotBlank();
    }

    @Test
    void anArticleTellsSearchEnginesAndLinkPreviewsAboutItselfInBothLanguages() throws Exception {
        Document article = page("/help/articles/pages-liquidation?lang=zh");

        String address = "http://localhost/help/articles/pages-liquidation";
        assertThat(article.select("link[rel=alternate]").eachAttr("hreflang")).containsExactly("zh", "en", "x-default");
        assertThat(article.select("link[rel=alternate][hreflang=en]").attr("href")).isEqualTo(address + "?lang=en");
        assertThat(article.select("link[rel=alternate][hreflang=x-default]").attr("href")).isEqualTo(address);
        assertThat(article.select("link[rel=canonical]").attr("href")).isEqualTo(address + "?lang=zh");
        assertThat(og(article, "og:title")).isEqualTo("为什么我的TestEx仓位被强平？");
        assertThat(og(article, "og:description")).isEqualTo("当保证金低于维持保证金时，仓位会被强制平仓。");
        assertThat(og(article, "og:type")).isEqualTo("article");
        assertThat(og(article, "og:url")).isEqualTo(address + "?lang=zh");
        assertThat(og(article, "og:locale")).isEqualTo("zh_CN");
        assertThat(article.select("meta[name=description]").attr("content")).isEqualTo(og(article, "og:description"));
        assertThat(article.select(".tags a").eachText()).containsExactly("强平");
        assertThat(article.select("form.vote-form button").eachText()).containsExactly("有帮助", "没有帮助");
    }

    @Test
    void anArticleMissingTheReadersLanguageIsShownInTheOtherWithANote() throws Exception {
        Document article = page("/help/articles/pages-spot-only-en?lang=zh");

        assertThat(article.select("h1").text()).isEqualTo("Why is my limit order not filled?");
        assertThat(article.select("article").attr("lang")).isEqualTo("en");
        assertThat(article.select(".notice").text()).isEqualTo("本文暂无您所用语言的版本，以下为英文版本。");
        assertThat(article.select("link[rel=alternate]").eachAttr("hreflang")).containsExactly("en", "x-default");
        assertThat(article.select(".crumbs li").eachText()).containsSubsequence("交易", "现货交易");
    }

    @Test
    void draftsAndUnknownArticlesAreTheHelpCentersNotFoundPage() throws Exception {
        for (String path : List.of("/help/articles/pages-secret-draft", "/help/articles/no-such-article",
                "/help/categories/nothing", "/help/categories/trading/nothing", "/help/announcements/999999")) {
            String html = mvc.perform(get(path + "?lang=en")).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            Document page = Jsoup.parse(html);
            assertThat(page.select("header.site .brand").text()).as(path).isEqualTo("NovaEx Help Center");
            assertThat(page.select("[role=alert]").text()).as(path).startsWith("There is no such page");
            assertThat(html).as(path).doesNotContain("Unreleased futures fee cut", "Not yet.");
        }
        assertThat(page("/help/articles/no-such-article?lang=zh", HttpStatus.NOT_FOUND).select("[role=alert]").text())
                .startsWith("页面不存在");
    }

    @Test
    void aChangeReachesThePageAtOnceAndUnpublishingTakesItDown() throws Exception {
        ArticleContent original = article("pages-edited", TicketCategory.OTHER, "general")
                .en("Old title", "Old body.").createIn(knowledgeBase);
        assertThat(page("/help/articles/pages-edited?lang=en").select("h1").text()).isEqualTo("Old title");

        knowledgeBase.update("pages-edited", new ArticleContent(original.key(), original.category(), List.of(),
                Map.of("en", new ArticleText("New title", "New body.", List.of())), "general", false,
                ArticleStatus.PUBLISHED), "test-editor");
        assertThat(page("/help/articles/pages-edited?lang=en").select("h1").text()).isEqualTo("New title");
        assertThat(page("/help/categories/other/general?lang=en").select("ul.articles a").eachText())
                .contains("New title").doesNotContain("Old title");

        knowledgeBase.update("pages-edited", new ArticleContent(original.key(), original.category(), List.of(),
                original.variants(), "general", false, ArticleStatus.DRAFT), "test-editor");
        mvc.perform(get("/help/articles/pages-edited")).andExpect(status().isNotFound());
    }

    @Test
    void anAnnouncementHasItsPage() throws Exception {
        Document page = page("/help/announcements/" + announcementId + "?lang=en");

        assertThat(page.select("h1").text()).isEqualTo("Pages wallet maintenance tonight");
        assertThat(page.select(".body").text()).isEqualTo("Deposits pause for an hour.");
        assertThat(og(page, "og:title")).isEqualTo("Pages wallet maintenance tonight");
    }

    @Test
    void theSitemapListsPublishedPagesInBothLanguagesWithTheirAlternates() throws Exception {
        String xml = mvc.perform(get("/help/sitemap.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document sitemap = Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());

        List<String> locations = sitemap.select("url > loc").eachText();
        String base = "http://localhost/help";
        assertThat(locations).contains(base + "?lang=zh", base + "?lang=en",
                base + "/categories/trading?lang=zh", base + "/categories/trading/futures?lang=en",
                base + "/articles/pages-liquidation?lang=zh", base + "/articles/pages-liquidation?lang=en",
                base + "/articles/pages-spot-only-en?lang=en");
        assertThat(locations).doesNotContain(base + "/articles/pages-spot-only-en?lang=zh");
        assertThat(xml).doesNotContain("pages-secret-draft");
        Element liquidation = sitemap.select("url").stream()
                .filter(url -> url.selectFirst("loc").text().equals(base + "/articles/pages-liquidation?lang=en"))
                .findFirst().orElseThrow();
        assertThat(liquidation.select("lastmod").text()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(liquidation.getElementsByTag("xhtml:link").eachAttr("hreflang")).containsExactly("zh", "en", "x-default");
    }

    private Document page(String path) throws Exception {
        return page(path, HttpStatus.OK);
    }

    private Document page(String path, HttpStatus expected) throws Exception {
        String html = mvc.perform(get(path)).andExpect(status().is(expected.value()))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static String og(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }
}
