package io.switchboard.admin.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import io.switchboard.verify.check.Verifier;
import io.switchboard.verify.report.SuspectReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The official channels and reported fakes pages in a real headless Chromium: a moderator signs in,
 * adds a phone line and finds it listed with its hours, then records a takedown of a reported fake
 * whose evidence holds markup. The registry is the real one with the tests' seed (the website, the Hong Kong line,
 * a staff member's Telegram account); the fake is reported through the real verifier. Screenshots go to
 * {@code admin/target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
@ExtendWith(HeadlessChromium.class)
class OfficialChannelsBrowserTest {

    /** Tall enough that a screenshot shows every kind's table and the form. */
    static final Dimension TALL = new Dimension(1366, 2600);

    @Autowired
    TestData data;

    @Autowired
    SuspectReports reports;

    @Autowired
    Verifier verifier;

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Test
    void aModeratorAddsAPhoneLineAndSeesItListedThenRecordsATakedown() {
        long fake = reports.report(verifier.check("+1 555 0142"), "<b>NovaEx support</b> asked for my 2FA code",
                "verify-page", null).id();
        data.staff("browser-official-mod", AccountRole.MODERATOR, "official-browser-pw");

        browser.open("/console/official?lang=en");
        browser.signIn("browser-official-mod", "official-browser-pw");
        assertThat(browser.find("h1").getText()).isEqualTo("Official channels");
        new Select(browser.find("#kind")).selectByValue("PHONE");
        browser.type("#value", "+852 3001 2330");
        browser.type("#label", "Support hotline (Hong Kong, VIP)");
        browser.type("#region", "Hong Kong");
        browser.type("#hours", "Mon-Fri 09:00-21:00 HKT");
        browser.type("#languages", "zh, en");
        browser.type("#purpose", "VIP accounts");
        browser.clickAndWait("#official-form button[type=submit]");

        assertThat(browser.find("[role=status]").getText()).isEqualTo("+852 3001 2330 added to the official channels.");
        assertThat(browser.find("table[data-kind=PHONE]").getText())
                .contains("+852 3001 2330", "Hong Kong", "Mon-Fri 09:00-21:00 HKT", "zh, en", "browser-official-mod");
        assertThat(browser.find("table[data-kind=TELEGRAM]").getText()).contains("Staff: Mia Zhang");
        browser.size(TALL);
        browser.screenshot("console-official-channels");

        browser.open("/console/reported?lang=zh");
        browser.find("[data-evidence-of='" + fake + "'] summary").click();
        assertThat(browser.find("[data-evidence-of='" + fake + "']").getText())
                .contains("<b>NovaEx support</b> asked for my 2FA code");
        new Select(browser.find("#suspect-" + fake + " select[name=status]")).selectByValue("TAKEDOWN_REQUESTED");
        browser.clickAndWait("#suspect-" + fake + " button[data-status-of]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("举报的假冒 " + fake + "：已申请下架。");
        assertThat(browser.find("#suspect-" + fake).getText()).contains("已申请下架", "由 browser-official-mod");
        browser.find("[data-evidence-of='" + fake + "'] summary").click();
        browser.size(Browser.LAPTOP);
        browser.screenshot("console-reported-fakes-zh");
    }
}
