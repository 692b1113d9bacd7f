package io.switchboard.admin.livechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two agents on the live-chat page in two headless Chromiums: a new chat shows in both queues without a reload,
 * one agent takes it and the other's list shows it taken, still without a reload. Screenshots of the page in
 * both languages go to {@code admin/target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
@ExtendWith(HeadlessChromium.class)
class LiveChatBrowserTest {

    @Autowired
    LiveChatFixture chats;

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    /** Agent A's browser, opened for each test by HeadlessChromium. */
    private Browser browser;

    @AfterEach
    void noChatsLeftForOtherTests() {
        chats.reset();
    }

    @Test
    void aNewChatReachesBothAgentsAndOneTakesIt() {
        chats.reset();
        data.staff("live-a", AccountRole.AGENT, "live-a-password");
        data.staff("live-b", AccountRole.AGENT, "live-b-password");
        try (Browser other = new Browser(port)) {
            onTheLivePage(browser, "live-a", "live-a-password", "en");
            onTheLivePage(other, "live-b", "live-b-password", "en");

            chats.waiting("a:browser-visitor", "Ann Lee", true, Instant.now().minusSeconds(42));
            until(browser, "#live-waiting", "Ann Lee");
            until(other, "#live-waiting", "Ann Lee");

            browser.find("#live-waiting li[data-chat] a").click();
            until(browser, "#live-frames", "Talk to a human");
            assertThat(browser.find("#live-frames").getText()).contains("Withdrawals", "Bot");
            browser.find("#live-take").click();

            until(other, "#live-active", "with live-a");
            until(browser, "#live-active", "yours");
            until(browser, "#live-frames", "joined the chat");
            browser.screenshot("console-live-en");

            browser.open("/console/live?lang=zh");
            until(browser, "#live-active", "由你接待");
            browser.find("#live-active li[data-chat] a").click();
            until(browser, "#live-frames", "已接入会话");
            browser.screenshot("console-live-zh");
        }
    }

    @Test
    void anAgentInAnotherTabIsToldOfANewChatByTheTabsTitleUntilTheyLook() {
        chats.reset();
        data.staff("live-c", AccountRole.AGENT, "live-c-password");
        onTheLivePage(browser, "live-c", "live-c-password", "en");
        String title = browser.driver.getTitle();
        // headless Chromium's only window always has the focus: the agent is made to be in another tab
        browser.driver.executeScript("document.hasFocus = function () { return false; };");

        chats.waiting("a:tab-visitor", "Bo Xu", false, Instant.now());

        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(page -> page.getTitle().equals("(1) New chat – " + title));
        browser.driver.executeScript("window.dispatchEvent(new Event('focus'));");
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(page -> page.getTitle().equals(title));
    }

    private static void onTheLivePage(Browser browser, String username, String password, String lang) {
        browser.open("/console/live?lang=" + lang);
        browser.signIn(username, password);
        browser.open("/console/live?lang=" + lang);
        // the stream is open: what happens from now on reaches the page
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(page -> page.findElement(By.id("live-status")).getText().isEmpty());
    }

    private static void until(Browser browser, String css, String text) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(page -> page.findElement(By.cssSelector(css)).getText().contains(text));
    }
}
