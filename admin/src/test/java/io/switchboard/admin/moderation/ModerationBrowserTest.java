package io.switchboard.admin.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.FakeFacebookGateway;
import io.switchboard.admin.support.FakeFacebookGateway.Moderated;
import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A moderator works the queue in a real headless Chromium: a comment the scam rule flagged is
 * hidden on its platform from the console, and the page says so. Screenshots go to
 * {@code admin/target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
@ExtendWith(HeadlessChromium.class)
class ModerationBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    ModerationQueueFixture fixture;

    @Autowired
    FakeFacebookGateway facebook;

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Test
    void aModeratorHidesAFlaggedCommentFromTheQueue() {
        data.staff("browser-mod", AccountRole.MODERATOR, "moderator-browser-pw");
        long item = fixture.flaggedComment("Carol", "Send 1 BTC, get 2 back! DM me");

        browser.open("/console/moderation");
        browser.signIn("browser-mod", "moderator-browser-pw");
        assertThat(browser.driver.getCurrentUrl()).contains("/console/moderation");
        String card = "#item-" + item;
        assertThat(browser.find(card).getText()).contains("Carol", "Send 1 BTC, get 2 back!", "scam-guard");
        browser.screenshot("console-moderation-queue");

        browser.clickAndWait(card + " button[data-action=hide]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Hide: done.");
        assertThat(browser.find(card).getText()).contains("Handled", "browser-mod");
        assertThat(facebook.moderated()).containsExactly(new Moderated(ModerationAction.HIDE, ModerationQueueFixture.POST, ModerationQueueFixture.COMMENT));
        browser.size(Browser.PHONE);
        browser.screenshot("console-moderation-done-phone");
    }
}
