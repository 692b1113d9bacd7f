package io.switchboard.helpcenter.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Searching the help center in a real headless Chromium: suggestions appear as one types, the keyboard
 * chooses one and opens its article; a search without results offers the request form. Screenshots in
 * English and Chinese go to {@code target/screenshots} and {@code /tmp/help-shots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(HeadlessChromium.class)
class SearchBrowserTest extends OnTheDefaultArticles {

    private static final Path SHOTS = Path.of("/tmp", "help-shots");

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Test
    void typeChooseASuggestionWithTheKeyboardAndLandOnItsArticle() {
        browser.open("/help/search?lang=en");
        browser.type("#help-q", "withdr");
        List<WebElement> options = suggestions();
        assertThat(options).hasSizeBetween(2, HelpSearch.SUGGESTIONS);
        assertThat(options).extracting(WebElement::getText).contains("What are the withdrawal fees and minimum withdrawal amounts?");
        WebElement box = browser.find("#help-q");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(box.getAttribute("aria-controls")).isEqualTo("help-q-suggestions");
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(browser.find("#help-q-suggestions").getAttribute("role")).isEqualTo("listbox");
        assertThat(browser.find("#help-q-suggestions").getAttribute("aria-label")).isEqualTo("Suggestions");
        shot("search-suggest-en");

        box.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ARROW_DOWN);
        WebElement second = suggestions().get(1);
        assertThat(second.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(second.getAttribute("id"));
        assertThat(suggestions().get(0).getAttribute("aria-selected")).isEqualTo("false");
        String chosen = second.getAttribute("data-url");
        assertThat(chosen).startsWith("/help/articles/");

        browser.pressAndWait("#help-q", Keys.ENTER);
        assertThat(URI.create(browser.driver.getCurrentUrl()).getPath()).isEqualTo(chosen);
    }

    @Test
    void chineseSuggestionsAndResultsWithTheWordsMarked() {
        browser.open("/help/search?lang=zh");
        browser.type("#help-q", "提幣");
        assertThat(suggestions()).extracting(WebElement::getText).anyMatch(title -> title.startsWith("提币"));
        shot("search-suggest-zh");

        browser.find("#help-q").sendKeys(Keys.ESCAPE);
        assertThat(browser.find("#help-q-suggestions").isDisplayed()).isFalse();
        assertThat(browser.find("#help-q").getAttribute("value")).as("Escape closes the list, keeps the words").isEqualTo("提幣");
        browser.pressAndWait("#help-q", "手續費", Keys.ENTER);
        assertThat(browser.find("h1").getText()).isEqualTo("“提幣手續費”的搜索结果");
        WebElement first = browser.find("ol.results li.result");
        assertThat(first.findElement(By.cssSelector("h2 a")).getAttribute("href")).endsWith("/help/articles/withdrawal-fee");
        assertThat(first.findElements(By.cssSelector("mark"))).isNotEmpty();
        assertThat(browser.find("nav.facets").getText()).contains("全部", "充值与提现");
        shot("search-results-zh");
        browser.size(Browser.PHONE);
        shot("search-results-zh-phone");
        browser.type("#help-q", "提币");
        assertThat(suggestions()).isNotEmpty();
        shot("search-suggest-zh-phone");
        browser.size(Browser.LAPTOP);

        browser.open("/help/search?q=withdrawal+fee&lang=en");
        assertThat(browser.find("ol.results h2 a").getText()).isEqualTo("What are the withdrawal fees and minimum withdrawal amounts?");
        shot("search-results-en");
    }

    @Test
    void aSearchWithoutResultsOffersTheRequestForm() {
        browser.open("/help/search?lang=en");
        browser.type("#help-q", "xylophonic quasar");
        browser.pressAndWait("#help-q", Keys.ENTER);
        WebElement ask = browser.find(".no-results a.ask");
        assertThat(ask.getAttribute("href")).endsWith("/help/requests/new?subject=xylophonic%20quasar");
        shot("search-none-en");

        browser.open("/help/search?q=%E6%B0%B4%E6%98%9F%E9%80%80%E8%B4%A7&lang=zh");
        assertThat(browser.find(".no-results").getText()).contains("没有与“水星退货”匹配的文章或公告", "提交请求");
        shot("search-none-zh");
    }

    /** The listbox's options once the debounced request has answered. */
    private List<WebElement> suggestions() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(driver ->
                !driver.findElements(By.cssSelector("#help-q-suggestions [role=option]")).isEmpty());
        return browser.driver.findElements(By.cssSelector("#help-q-suggestions [role=option]"));
    }

    /** A screenshot where the build keeps them, and a copy where people look at the help center's. */
    private void shot(String name) {
        browser.screenshot(name);
        try {
            Files.createDirectories(SHOTS);
            Files.copy(Browser.SCREENSHOTS.resolve(name + ".png"), SHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
