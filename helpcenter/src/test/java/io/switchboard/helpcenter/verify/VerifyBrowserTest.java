package io.switchboard.helpcenter.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code /verify} in a real headless Chromium, in English and Chinese: a look-alike typed in the box is NOT
 * official, in red, with why; "Report it" thanks the reporter; the official hotline typed in another format is
 * official, in green, with its region and hours; in the verifier's own words, on the registry seeded from the test
 * application.yml. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(HeadlessChromium.class)
class VerifyBrowserTest {

    private static final String RED = "rgba(179, 38, 30, 1)";
    private static final String GREEN = "rgba(15, 123, 70, 1)";

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Test
    void checkReportAndCheckAgainInEnglish() {
        browser.open("/help?lang=en");
        browser.clickAndWait("a[href='/verify']");
        assertThat(browser.find("h1").getText()).isEqualTo("Is it really NovaEx?");

        check("https://n0vaex.com/login");
        WebElement verdict = browser.find(".verdict");
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo("NOT_OFFICIAL");
        assertThat(browser.find(".verdict-word").getText()).isEqualTo("NOT official");
        assertThat(browser.find(".verdict-word").getCssValue("color")).isEqualTo(RED);
        assertThat(verdict.getCssValue("border-left-color")).isEqualTo(RED);
        assertThat(browser.find(".verdict .reasons").getText())
                .isEqualTo("It looks like our novaex.com, but it is not.");
        assertThat(browser.find(".verdict .advice").getText()).isEqualTo("Do not send money, verification codes or "
                + "keys to it, and do not call or write back. Report it so that we can have it taken down.");

        browser.type("#verify-evidence", "An e-mail asking me to re-confirm my withdrawal address");
        browser.clickAndWait(".report-form button.report");
        assertThat(browser.find(".notice.reported").getText()).startsWith("Thank you, reported.");
        assertThat(browser.driver.findElements(By.cssSelector(".report-form"))).isEmpty();
        browser.screenshot("verify-not-official-en");

        check("(400) 123 4567");
        assertThat(browser.find(".verdict").getAttribute("data-verdict")).isEqualTo("OFFICIAL");
        assertThat(browser.find(".verdict-word").getText()).isEqualTo("Official");
        assertThat(browser.find(".verdict-word").getCssValue("color")).isEqualTo(GREEN);
        assertThat(browser.find(".verdict h2").getText()).isEqualTo("Official: Support hotline (Mainland China)");
        assertThat(browser.find(".verdict .region").getText()).isEqualTo("Mainland China");
        assertThat(browser.find(".verdict .hours").getText()).isEqualTo("24/7");
        browser.screenshot("verify-official-en");

        browser.clickAndWait(".help-verify a[href='/contact']");
        assertThat(browser.find(".phishing-warning").getText())
                .isEqualTo("We never ask for your password, codes or keys. Only trust channels listed at /verify.");
        // the registry lists its lines in the order they were listed (the seed order)
        assertThat(browser.driver.findElements(By.cssSelector(".phone-line h3"))).extracting(WebElement::getText)
                .containsExactly("Mainland China\n+86 400 123 4567", "Hong Kong\n+852 3001 2345");
        browser.screenshot("contact-en");
    }

    @Test
    void checkReportAndCheckAgainInChinese() {
        browser.open("/verify?lang=zh");
        assertThat(browser.find("h1").getText()).isEqualTo("官方渠道验证");

        check("@mia_novaex_kefu");
        assertThat(browser.find(".verdict-word").getText()).isEqualTo("非官方");
        assertThat(browser.find(".verdict-word").getCssValue("color")).isEqualTo(RED);
        assertThat(browser.find(".verdict .reasons").getText()).isEqualTo("它模仿我们的工作人员 Mia Zhang 的名字，但不是其本人的账号。");
        browser.screenshot("verify-not-official-zh");
        browser.clickAndWait(".report-form button.report");
        assertThat(browser.find(".notice.reported").getText()).startsWith("感谢举报，已收到。");

        check("+86 400-123-4567");
        assertThat(browser.find(".verdict-word").getText()).isEqualTo("官方");
        assertThat(browser.find(".verdict-word").getCssValue("color")).isEqualTo(GREEN);
        assertThat(browser.find(".verdict .region").getText()).isEqualTo("Mainland China");
        assertThat(browser.find(".verdict .hours").getText()).isEqualTo("24/7");
        assertThat(browser.find(".verdict dl").getText()).contains("服务时间", "语言", "中文", "受理事项");
        browser.screenshot("verify-official-zh");
    }

    private void check(String query) {
        browser.type("#verify-q", query);
        browser.pressAndWait("#verify-q", Keys.ENTER);
    }
}
