package io.switchboard.admin.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.helpcenter.ArticleVotes;
import io.switchboard.core.helpcenter.SearchMisses;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The knowledge-base editor in a real headless Chromium: an admin writes an article in Chinese and English,
 * watches the preview follow the Markdown as they type, saves a draft, publishes it and finds it in the
 * list. Screenshots ({@code console-kb-*}) in both languages go to {@code admin/target/screenshots}.
 */
// The shared in-memory database holds the bootstrap admin: the same password as the MockMvc tests.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
@ExtendWith(HeadlessChromium.class)
class ArticleEditorBrowserTest {

    private static final Dimension TALL_LAPTOP = new Dimension(1366, 1500);
    /** Tall enough for the help-center panels below the dashboard's charts. */
    private static final Dimension DASHBOARD = new Dimension(1366, 3000);

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    ArticleVotes votes;

    @Autowired
    SearchMisses misses;

    @Test
    void anAdminWritesAnArticleInBothLanguagesWatchesThePreviewAndPublishesIt() {
        browser.open("/console/knowledge?lang=zh");
        browser.signIn(StaffApiTest.USERNAME, StaffApiTest.PASSWORD);
        assertThat(browser.find("h1").getText()).isEqualTo("知识库");
        browser.clickAndWait("#new-article");
        browser.size(TALL_LAPTOP);

        browser.type("#key", "browser-staking");
        new Select(browser.find("#category")).selectByValue("CAMPAIGNS");
        browser.type("#section", "promotions");
        browser.type("#tags", "staking, 质押");
        browser.type("#titleZh", "如何参加质押活动？");
        browser.type("#bodyZh", "打开 **理财** 页面：\n\n1. 选择币种\n2. 点击 *质押*\n\n<script>document.title='x'</script>");
        browser.type("#phrasingsZh", "质押在哪里\n怎么质押");
        browser.type("#titleEn", "How do I join a staking campaign?");
        browser.type("#bodyEn", "Open the **Earn** page.");
        waitFor("#preview-zh strong", "理财");
        waitFor("#preview-en strong", "Earn");
        assertThat(browser.find("#preview-zh").getText()).contains("选择币种", "质押").doesNotContain("script");
        assertThat(browser.driver.getTitle()).isNotEqualTo("x");
        browser.screenshot("console-kb-editor-zh");

        browser.type("#bodyEn", "Open the **Earn** page, then pick _Staking_.");
        waitFor("#preview-en em", "Staking");

        browser.clickAndWait("#save-draft");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("已保存为草稿：仅员工可见。");
        assertThat(browser.find("#article-status").getText()).isEqualTo("草稿");
        assertThat(knowledgeBase.article("browser-staking").orElseThrow().content().published()).isFalse();

        browser.type("#titleEn", "How do I join the staking campaign?");
        browser.clickAndWait("#publish");
        assertThat(browser.find("[role=status]").getText()).startsWith("已发布");
        assertThat(browser.find("tr[data-version='2']").getText()).contains("编辑", "已发布", StaffApiTest.USERNAME);
        assertThat(browser.find("tr[data-version='1']").getText()).contains("创建", "草稿");
        assertThat(knowledgeBase.article("browser-staking").orElseThrow().content().published()).isTrue();
        browser.screenshot("console-kb-published-zh");

        browser.open("/console/knowledge/browser-staking/edit?lang=en");
        waitFor("#preview-en em", "Staking");
        assertThat(browser.find("#publish").getText()).isEqualTo("Publish changes");
        // Enter in a field keeps a published article published
        browser.find("#tags").sendKeys(", earn" + Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                .until(driver -> driver.getCurrentUrl().endsWith("?published"));
        assertThat(knowledgeBase.article("browser-staking").orElseThrow().content().tags())
                .containsExactly("staking", "质押", "earn");
        waitFor("#preview-en em", "Staking");
        browser.screenshot("console-kb-editor-en");
        browser.clickAndWait("tr[data-version='1'] a");
        assertThat(browser.find("h1").getText()).isEqualTo("browser-staking, version 1");
        assertThat(browser.find("#revision-meta").getText()).contains("Created", "Draft");
        assertThat(browser.find("article[data-lang='en'] h2").getText()).isEqualTo("How do I join a staking campaign?");
        assertThat(browser.find("article[data-lang='zh'] ol").getText()).contains("选择币种");
        browser.screenshot("console-kb-revision-en");

        browser.size(Browser.LAPTOP);
        browser.open("/console/knowledge?lang=en");
        assertThat(browser.find("tr[data-article='browser-staking']").getText())
                .contains("如何参加质押活动？", "How do I join the staking campaign?", "Campaigns", "promotions", "Published");
        browser.screenshot("console-kb-list-en");
        browser.open("/console/knowledge?lang=zh");
        browser.screenshot("console-kb-list-zh");
        browser.size(Browser.PHONE);
        browser.open("/console/knowledge/browser-staking/edit?lang=zh");
        browser.screenshot("console-kb-editor-phone-zh");
        votes.vote("browser-staking", "reader-1", false);
        votes.vote("browser-staking", "reader-2", true);
        misses.record("staking APR", "en");
        misses.record("质押年化", "zh");
        browser.size(DASHBOARD);
        browser.open("/console/dashboard?lang=en");
        assertThat(browser.find("#least-helpful").getText()).contains("How do I join the staking campaign?", "50%");
        assertThat(browser.find("#search-misses").getText()).contains("staking APR", "质押年化");
        browser.screenshot("console-kb-dashboard-en");
        browser.open("/console/dashboard?lang=zh");
        assertThat(browser.find("#least-helpful").getText()).contains("如何参加质押活动？");
        browser.screenshot("console-kb-dashboard-zh");
    }

    private void waitFor(String css, String text) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                .until(driver -> driver.findElements(By.cssSelector(css)).stream()
                        .anyMatch(element -> element.getText().contains(text)));
    }
}
