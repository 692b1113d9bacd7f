package io.switchboard.admin.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.FakeFacebookGateway;
import io.switchboard.admin.support.FakeFacebookGateway.Moderated;
import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.moderation.Flagger;
import io.switchboard.core.moderation.ModerationFlag;
import io.switchboard.core.moderation.ModerationQueue;
import io.switchboard.testing.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A moderator works the queue in a real headless Chromium: a comment the scam rule flagged is
 * hidden on its platform from the console, and the page says so. Screenshots go to
 * {@code admin/target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
class ModerationBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ModerationQueue queue;

    @Autowired
    FakeFacebookGateway facebook;

    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeAll
    static void needsChromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aModeratorHidesAFlaggedCommentFromTheQueue() {
        jdbc.update("delete from moderation_step");
        jdbc.update("delete from moderation_item");
        facebook.reset();
        data.staff("browser-mod", AccountRole.MODERATOR, "moderator-browser-pw");
        long item = queue.flag(new ModerationFlag(Channel.FACEBOOK, "post:1_2", "2_3", "3000000003", "Carol",
                "Send 1 BTC, get 2 back! DM me", "looks like a giveaway scam", Flagger.rule("scam-guard"), false))
                .itemId();
        browser = new Browser(port);

        browser.open("/console/moderation");
        browser.signIn("browser-mod", "moderator-browser-pw");
        assertThat(browser.driver.getCurrentUrl()).contains("/console/moderation");
        String card = "#item-" + item;
        assertThat(browser.find(card).getText()).contains("Carol", "Send 1 BTC, get 2 back!", "scam-guard");
        browser.screenshot("console-moderation-queue");

        browser.clickAndWait(card + " button[data-action=hide]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Hide: done.");
        assertThat(browser.find(card).getText()).contains("Handled", "browser-mod");
        assertThat(facebook.moderated()).containsExactly(new Moderated(ModerationAction.HIDE, "post:1_2", "2_3"));
        browser.size(Browser.PHONE);
        browser.screenshot("console-moderation-done-phone");
    }
}
