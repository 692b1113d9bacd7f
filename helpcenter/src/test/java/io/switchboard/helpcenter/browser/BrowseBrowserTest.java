package io.switchboard.helpcenter.browser;

import static io.switchboard.helpcenter.article.BrowseFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.helpcenter.ArticleTally;
import io.switchboard.core.helpcenter.ArticleVotes;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.helpcenter.article.BrowseFixtures;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The knowledge base in a real headless Chromium: a reader goes from the help center's home to a category
 * and an article, answers "no" to "was this helpful?" (by script, without leaving the page) and is offered
 * the request form for that article; then a section, an announcement from the home page and an address that
 * leads nowhere. Screenshots ({@code target/screenshots/browse-*}) in both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(HeadlessChromium.class)
class BrowseBrowserTest {

    private static final String KEY = "browser-deposit-missing";

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    ArticleVotes votes;

    @Autowired
    Announcements announcements;

    @Test
    void homeToCategoryToArticleWhereANoOffersTheRequestFormForThatArticle() {
        writeArticles();

        browser.open("/help?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("How can we help?");
        browser.screenshot("browse-home-en");
        browser.clickAndWait(link(".categories", "Deposits and withdrawals"));

        assertThat(path()).isEqualTo("/help/categories/deposit-withdrawal");
        assertThat(browser.find("h1").getText()).isEqualTo("Deposits and withdrawals");
        browser.screenshot("browse-category-en");
        browser.clickAndWait(link("#deposits", "My TestEx deposit hasn't arrived yet. What should I check?"));

        assertThat(path()).isEqualTo("/help/articles/" + KEY);
        assertThat(browser.find(".crumbs").getText()).contains("Help center", "Deposits and withdrawals", "Deposits");
        assertThat(browser.driver.findElements(By.cssSelector(".body li"))).hasSize(4);
        assertThat(browser.find(".vote-sorry").isDisplayed()).isFalse();
        browser.screenshot("browse-article-en");

        browser.find("form.vote-form button[value=false]").click();
        WebElement sorry = new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".vote-sorry")));
        assertThat(path()).as("voted without leaving the page").isEqualTo("/help/articles/" + KEY);
        assertThat(browser.find("form.vote-form").isDisplayed()).isFalse();
        WebElement request = sorry.findElement(By.cssSelector("a.request-link"));
        assertThat(request.getText()).isEqualTo("Submit a request");
        assertThat(URI.create(request.getAttribute("href")).getRawQuery())
                .isEqualTo("article=" + KEY + "&category=deposit-withdrawal");
        assertThat(votes.tally(KEY)).isEqualTo(new ArticleTally(KEY, 0, 1));
        browser.screenshot("browse-article-voted-no-en");

        browser.open("/help/articles/" + KEY + "?lang=zh");
        assertThat(browser.find("h1").getText()).isEqualTo("TestEx 充值一直没到账怎么办？");
        browser.screenshot("browse-article-zh");
        browser.size(Browser.PHONE);
        browser.open("/help");
        assertThat(browser.find(".categories").getText()).contains("充值与提现", "合约交易");
        browser.screenshot("browse-home-zh-phone");
        browser.open("/help/articles/" + KEY);
        browser.screenshot("browse-article-zh-phone");

        browser.size(Browser.LAPTOP);
        browser.open("/help/categories/deposit-withdrawal/deposits?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Deposits");
        browser.screenshot("browse-section-en");
        browser.open("/help?lang=en");
        browser.clickAndWait(link("ul.announcements", "USDT on TRON: deposits paused for an upgrade"));
        assertThat(browser.find(".body").getText()).contains("Deposits resume after the upgrade");
        browser.screenshot("browse-announcement-en");

        browser.open("/help/no-such-page?lang=en");
        assertThat(browser.find("[role=alert]").getText()).startsWith("There is no such page");
        browser.screenshot("browse-not-found-en");
    }

    private void writeArticles() {
        announcements.publish(new AnnouncementContent(null, AnnouncementCategory.MAINTENANCE, Map.of(
                "en", new AnnouncementText("USDT on TRON: deposits paused for an upgrade",
                        "The TRON network upgrades tonight.\n\n- Deposits resume after the upgrade.\n- Funds are safe."),
                "zh", new AnnouncementText("TRON 网络 USDT 暂停充值", "TRON 网络今晚升级。\n\n- 升级后恢复充值。\n- 资金安全。")),
                Set.of(), Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1))), "test-editor");
        article(KEY, TicketCategory.DEPOSIT_WITHDRAWAL, "deposits").promoted()
                .tags("deposit", "txid", "充值未到账")
                .en("My {exchange} deposit hasn't arrived yet. What should I check?", """
                        Crypto deposits are credited once the transaction reaches the required number of network \
                        confirmations, which differs by coin and network.
                        1. Get the TxID from the sending wallet and look it up on a blockchain explorer.
                        2. If it's confirmed on-chain, check **Assets > Deposit history** in the app.
                        3. Make sure the sending platform actually sent it.
                        4. Check {website}/announcements for wallet maintenance on that coin.
                        Still not credited? Submit a request with the coin, network, amount and TxID.""")
                .zh("{exchange} 充值一直没到账怎么办？", """
                        数字货币充值需要达到该币种、该网络规定的区块确认数后才会到账。
                        1. 向转出方获取交易哈希（TxID），在区块浏览器查询。
                        2. 链上已确认的，在 App【资产】-【充值记录】中查看确认进度。
                        3. 确认转出平台是否真的已经发出。
                        4. 查看 {website}/announcements，确认该币种是否在进行钱包维护。
                        仍未到账？请提交请求，提供币种、网络、金额和 TxID。""")
                .createIn(knowledgeBase);
        article("browser-withdrawal-fee", TicketCategory.DEPOSIT_WITHDRAWAL, "withdrawals").tags("txid", "fee")
                .en("How much does a withdrawal cost?", "Each network has its own fee, shown before you confirm.")
                .zh("提现手续费是多少？", "不同网络手续费不同，确认前会显示。")
                .createIn(knowledgeBase);
        article("browser-futures", TicketCategory.TRADING, "futures")
                .en("How is liquidation price calculated?", "From your margin and the maintenance margin rate.")
                .zh("强平价格如何计算？", "根据保证金与维持保证金率计算。")
                .createIn(knowledgeBase);
    }

    private WebElement link(String within, String text) {
        return browser.find(within).findElements(By.tagName("a")).stream()
                .filter(link -> link.getText().equals(text)).findFirst().orElseThrow();
    }

    private String path() {
        return URI.create(browser.driver.getCurrentUrl()).getPath();
    }
}
