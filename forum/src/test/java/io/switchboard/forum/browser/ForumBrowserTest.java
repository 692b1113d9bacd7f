package io.switchboard.forum.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.core.account.AccountRole;
import io.switchboard.forum.support.ForumFixtures;
import io.switchboard.forum.topic.Posting;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The forum in a real headless Chromium: a member registers, signs in, posts a topic in Markdown
 * with a script that must not run, replies; another member flags the reply; a moderator hides it
 * from the moderation queue. Screenshots of phone- and laptop-sized windows go to
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(HeadlessChromium.class)
class ForumBrowserTest {

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    Posting posting;

    @Test
    void registerSignInPostReplyFlagAndHide() {
        String moderator = fixtures.staff("browser-mod", AccountRole.MODERATOR).getUsername();
        String flagger = fixtures.member("browser-flagger").getUsername();

        // register and sign in
        browser.size(Browser.PHONE);
        browser.open("/forum/register");
        browser.type("#username", "browser-alice");
        browser.type("#displayName", "Alice in Chromium");
        browser.type("#password", "alice-browser-pw");
        browser.screenshot("phone-register");
        browser.clickAndWait("form.stack button[type=submit]");
        assertThat(browser.find("header.site").getText()).as("signed in at once").contains("browser-alice");
        assertThat(java.net.URI.create(browser.driver.getCurrentUrl()).getPath()).isEqualTo("/forum");
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        // a topic in Markdown with a script and an event handler that must not run
        browser.open("/forum/b/trading-tips");
        browser.clickAndWait("a.button");
        browser.type("#title", "Stop-loss or not?");
        browser.type("#body", "I **always** set a stop-loss.\n\n> risk first\n\n"
                + "<script>window.pwned = 'script'; alert('pwned');</script>"
                + "<img src=x onerror=\"window.pwned = 'onerror'\">\n\n- one\n- two");
        browser.type("#tags", "risk, stops");
        browser.clickAndWait("form.stack button[type=submit]");

        assertThat(browser.find("h1").getText()).isEqualTo("Stop-loss or not?");
        String topicPath = java.net.URI.create(browser.driver.getCurrentUrl()).getPath();
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.driver.executeScript("return window.pwned === undefined")).isEqualTo(true);
        WebElement opening = browser.find(".post .body");
        assertThat(opening.findElement(By.tagName("strong")).getText()).isEqualTo("always");
        assertThat(opening.findElements(By.cssSelector("script, img, [onerror]"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("main script"))).isEmpty();

        // reply
        browser.type("#reply-body", "Replying to myself: *tight* stops work for me.");
        browser.clickAndWait("#reply button[type=submit]");
        WebElement reply = browser.driver.findElements(By.cssSelector(".post")).get(1);
        assertThat(reply.findElement(By.cssSelector(".body em")).getText()).isEqualTo("tight");
        String replyId = reply.getAttribute("id");
        browser.screenshot("phone-topic");
        browser.size(Browser.LAPTOP);
        browser.screenshot("laptop-topic");
        signOut();

        // another member flags the reply
        signIn(flagger, ForumFixtures.PASSWORD);
        browser.open(topicPath);
        WebElement flagged = browser.find("#" + replyId);
        flagged.findElement(By.cssSelector("details.flag summary")).click();
        flagged.findElement(By.cssSelector("select[name=reason] option[value=off-topic]")).click();
        flagged.findElement(By.cssSelector("input[name=note]")).sendKeys("not about stops");
        browser.clickAndWait(flagged.findElement(By.cssSelector("details.flag button[type=submit]")));
        assertThat(browser.find("[role=status]").getText()).contains("a moderator will look at it");
        signOut();

        // the moderator hides it from the queue
        signIn(moderator, ForumFixtures.PASSWORD);
        browser.open("/forum/moderation");
        WebElement flag = browser.driver.findElements(By.cssSelector("li.card")).stream()
                .filter(card -> card.getText().contains("not about stops")).findFirst().orElseThrow();
        assertThat(flag.getText()).as("the flag reason in the reader's language").contains("Off-topic", "Stop-loss or not?")
                .doesNotContain("OFF_TOPIC");
        browser.screenshot("laptop-moderation");
        browser.clickAndWait(flag.findElement(By.cssSelector("button.mod")));
        assertThat(browser.driver.getPageSource()).doesNotContain("not about stops");
        signOut();

        // visitors no longer see the reply
        browser.open(topicPath);
        assertThat(browser.driver.findElements(By.id(replyId))).isEmpty();
        assertThat(browser.find("h1").getText()).isEqualTo("Stop-loss or not?");
        browser.size(Browser.PHONE);
        browser.screenshot("phone-topic-after-hide");
    }

    /** The moderator toolbar on a topic page, used by a moderator and by an admin. */
    @Test
    void moderatorsAndTheAdminLockPinAndMoveATopicFromItsPage() {
        String asker = fixtures.member("browser-asker").getUsername();
        long topic = posting.startTopic(asker, "trading-tips", "Grid bots worth it?", "Anyone using grid bots?", "",
                "en").getTopic().getId();
        String moderator = fixtures.staff("browser-mod", AccountRole.MODERATOR).getUsername();

        signIn(moderator, ForumFixtures.PASSWORD);
        browser.open("/forum/t/" + topic);
        assertThat(browser.find("h1").getText()).isEqualTo("Grid bots worth it?");
        browser.clickAndWait(button(".mod-bar", "Lock"));
        browser.clickAndWait(button(".mod-bar", "Pin"));
        assertThat(browser.find("p.badges").getText()).contains("Pinned", "Locked");
        browser.size(Browser.PHONE);
        browser.screenshot("phone-topic-moderator");
        signOut();

        signIn(fixtures.staff("browser-admin", AccountRole.ADMIN).getUsername(), ForumFixtures.PASSWORD);
        browser.open("/forum/t/" + topic + "?lang=zh");
        assertThat(browser.find(".mod-bar").getText()).contains("解锁", "取消置顶", "移动");
        new Select(browser.find("#move-board")).selectByValue("market-talk");
        browser.clickAndWait(button(".mod-bar", "移动"));
        assertThat(browser.find("p.crumbs").getText()).isEqualTo("行情讨论");
        browser.size(Browser.LAPTOP);
        browser.screenshot("laptop-topic-admin-zh");
        signOut();
    }

    private WebElement button(String container, String text) {
        return browser.find(container).findElements(By.tagName("button")).stream()
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    private void signIn(String username, String password) {
        browser.open("/forum/login");
        browser.signIn(username, password);
        assertThat(browser.find("header.site").getText()).contains(username);
    }

    private void signOut() {
        browser.clickAndWait("header.site form.inline button");
    }
}
