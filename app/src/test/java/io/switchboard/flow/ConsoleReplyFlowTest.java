package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
import io.switchboard.testing.TelegramUpdates;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An agent answers a Telegram member from the console, in a real headless Chromium against the
 * whole application and a fake Telegram Bot API: the member's message reaches the inbox, the
 * agent opens the thread, starts the reply from the engine's suggestion, edits it and sends it,
 * Telegram receives it in the member's chat, and the page shows it delivered. Screenshots of the
 * thread (laptop and phone, English and Chinese) go to {@code app/target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(HeadlessChromium.class)
class ConsoleReplyFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final long MEMBER = 7401;
    private static final String AGENT = "flow-agent";
    private static final String AGENT_PASSWORD = "flow-agent-password";
    private static final String SIGNATURE = "Lin, NovaEx support";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "polling", "jdbc:h2:mem:console-flow;" + FlowTestSupport.H2_MODE);
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwords;

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Test
    void anAgentAnswersATelegramMemberFromTheConsoleAndSeesItDelivered() {
        accounts.syncStaff(AGENT, AccountRole.AGENT, passwords.encode(AGENT_PASSWORD),
                hash -> passwords.matches(AGENT_PASSWORD, hash));
        long updateId = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(updateId, TelegramUpdates.privateText(updateId, 51, MEMBER, "en",
                "How long does a withdrawal usually take? Mine has been pending for an hour"));
        // The bot answers first; once it has, the thread is in the inbox.
        await().atMost(Duration.ofSeconds(30)).until(() -> !TELEGRAM.sentTo(chat()).isEmpty());
        int botMessages = TELEGRAM.sentTo(chat()).size();

        browser.open("/console/inbox");
        browser.type("#username", AGENT);
        browser.type("#password", AGENT_PASSWORD);
        browser.clickAndWait("form.stack button[type=submit]");
        assertThat(browser.find("#inbox-list").getText()).contains("User" + MEMBER, "Answered");
        wholePage(Browser.PHONE, "console-inbox-filters-phone");
        wholePage(Browser.LAPTOP, "console-inbox-filters-laptop");
        browser.clickAndWait(browser.driver.findElement(By.linkText("User" + MEMBER)));

        assertThat(browser.find("h1").getText()).contains("User" + MEMBER);
        assertThat(browser.find(".messages").getText()).contains("Mine has been pending for an hour");
        WebElement suggestion = browser.find("#suggestions li");
        assertThat(suggestion.getText()).containsPattern("\\d+%");
        String article = suggestion.findElement(By.cssSelector("a")).getDomAttribute("data-insert");
        assertThat(article).as("the suggested article's text, placeholders filled in").isNotBlank().doesNotContain("{exchange}");

        suggestion.findElement(By.cssSelector("a")).click();
        WebElement box = browser.find("#reply-text");
        assertThat(box.getDomProperty("value")).isEqualTo(article);
        box.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\n" + SIGNATURE);
        String reply = (article + "\n\n" + SIGNATURE).strip();
        browser.clickAndWait("#reply button[type=submit]");

        assertThat(browser.find("[role=status]").getText()).contains("Reply queued");
        await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.sentTo(chat()).size() > botMessages);
        SentMessage sent = TELEGRAM.sentTo(chat()).get(botMessages);
        assertThat(sent.text()).isEqualTo(reply);
        assertThat(sent.chatId()).isEqualTo(chat());

        // The conversation refreshes itself until the reply is delivered: an element found just before a refresh is
        // gone when it is read, and is found again at the next look.
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(driver -> lastReply().getText().contains("Delivered"));
        assertThat(lastReply().getText()).contains(AGENT, SIGNATURE);
        wholePage(Browser.LAPTOP, "console-thread-laptop");
        wholePage(Browser.PHONE, "console-thread-phone");

        browser.open(URI.create(browser.driver.getCurrentUrl()).getPath() + "?lang=zh");
        assertThat(lastReply().getText()).contains("已送达");
        wholePage(Browser.PHONE, "console-thread-phone-zh");
        wholePage(Browser.LAPTOP, "console-thread-laptop-zh");
    }

    /** A screenshot of the whole page at the width of {@code screen}: the reply box is far down. */
    private void wholePage(Dimension screen, String name) {
        browser.size(screen);
        long height = (Long) browser.driver.executeScript("return document.documentElement.scrollHeight");
        browser.size(new Dimension(screen.getWidth(), (int) Math.max(screen.getHeight(), height)));
        browser.screenshot(name);
        browser.size(screen);
    }

    private WebElement lastReply() {
        var replies = browser.driver.findElements(By.cssSelector(".message.out"));
        return replies.get(replies.size() - 1);
    }

    private static String chat() {
        return Long.toString(MEMBER);
    }
}
