package io.switchboard.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.core.knowledge.ArticleText;
import io.switchboard.core.knowledge.KnowledgeBase;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The console's front door in a real headless Chromium: a failed sign-in, a signed-in agent in the
 * inbox on a laptop and a phone, in both languages, and an agent turned away from the admin pages.
 * Screenshots go to {@code admin/target/screenshots}.
 */
// The shared in-memory database holds the bootstrap admin: the same password as the MockMvc tests
// or this context would replace theirs with a generated one.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
@ExtendWith(HeadlessChromium.class)
class ConsoleBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    KnowledgeBase knowledgeBase;

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Test
    void anAgentSignsInSeesTheInboxAndCannotOpenAdminPages() {
        data.reset();
        data.staff("browser-agent", AccountRole.AGENT, "agent-browser-pw");
        Member alice = data.member(Channel.TELEGRAM, "7001", "Alice Chen", "alice", true);
        data.thread(alice, "tg:-100:7001", ThreadStatus.ESCALATED, TestData.T0, TestData.T0.plusSeconds(90));

        browser.open("/console/inbox");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/login");
        browser.signIn("browser-agent", "not-the-password");
        assertThat(browser.find("[role=alert]").getText()).contains("Wrong user name or password");
        browser.screenshot("console-sign-in-failed");

        browser.signIn("browser-agent", "agent-browser-pw");
        assertThat(browser.driver.getCurrentUrl()).contains("/console/inbox");
        assertThat(browser.find("#inbox-list").getText()).contains("Alice Chen", "VIP", "Escalated");
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(browser.driver.findElements(By.linkText("Staff"))).isEmpty();
        browser.screenshot("console-inbox-laptop");

        browser.open("/console/inbox?lang=zh");
        assertThat(browser.find("h1").getText()).isEqualTo("收件箱");
        browser.size(Browser.PHONE);
        browser.screenshot("console-inbox-phone-zh");
        browser.open("/console/inbox?lang=en");

        browser.open("/console/admin/staff");
        assertThat(browser.find("h1").getText()).isEqualTo("Not for this account");
        browser.screenshot("console-agent-denied");
    }

    @Test
    void pickingACannedReplyKeepsWhatTheAgentTyped() {
        data.reset();
        data.staff("canned-agent", AccountRole.AGENT, "canned-agent-pw-1");
        // its own article: the context's other tests keep theirs under other keys
        knowledgeBase.createIfNew(new ArticleContent("browser-canned-wait", TicketCategory.DEPOSIT_WITHDRAWAL,
                List.of(), Map.of("en", new ArticleText("Waiting times", "Withdrawals usually arrive within 30 minutes.",
                        List.of()))), "test");
        Member bob = data.member(Channel.TELEGRAM, "7002", "Bob Wang", "bobw", false);
        SupportThread thread = data.thread(bob, "tg:-100:7002", "en", ThreadStatus.ESCALATED, TestData.T0,
                TestData.T0.plusSeconds(60));
        data.message(thread, Direction.IN, "m-7002", "Where is my money?", null, TestData.T0);

        browser.open("/console/threads/" + thread.getId() + "?lang=en");
        browser.signIn("canned-agent", "canned-agent-pw-1");
        browser.open("/console/threads/" + thread.getId() + "?lang=en&kb=browser");
        String pick = "#canned li[data-article='browser-canned-wait'] a";
        browser.find("#reply-text").sendKeys("Hi Bob, thanks for waiting.");
        browser.find(pick).click();

        assertThat(browser.find("#reply-text").getAttribute("value"))
                .isEqualTo("Hi Bob, thanks for waiting.\n\nWithdrawals usually arrive within 30 minutes.");
        browser.find("#reply-text").sendKeys(" Sorry!");
        browser.find(pick).click();
        assertThat(browser.find("#reply-text").getAttribute("value")).as("a second pick, at the cursor")
                .isEqualTo("Hi Bob, thanks for waiting.\n\nWithdrawals usually arrive within 30 minutes. Sorry!"
                        + "\n\nWithdrawals usually arrive within 30 minutes.");
        browser.screenshot("console-canned-reply-kept-draft");
    }
}
