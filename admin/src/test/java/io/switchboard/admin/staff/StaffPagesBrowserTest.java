package io.switchboard.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The admin pages in a real headless Chromium: an admin creates an agent account, finds it in the
 * audit log, and the new agent signs in and is turned away from both admin pages. Screenshots go to
 * {@code admin/target/screenshots}.
 */
// The shared in-memory database holds the bootstrap admin: the same password as the MockMvc tests.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
@ExtendWith(HeadlessChromium.class)
class StaffPagesBrowserTest {

    static final String AGENT = "browser-new-agent";
    static final String AGENT_PASSWORD = "browser-new-agent-pw";

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @Test
    void anAdminCreatesAnAgentWhoThenCannotReachTheAdminPages() {
        browser.open("/console/admin/staff");
        signIn(StaffApiTest.USERNAME, StaffApiTest.PASSWORD);
        assertThat(browser.find("h1").getText()).isEqualTo("Staff accounts");

        browser.type("#new-username", AGENT);
        browser.type("#new-display-name", "New Agent");
        browser.type("#new-password", AGENT_PASSWORD);
        browser.clickAndWait("#new-staff button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Account " + AGENT + " created.");
        assertThat(browser.find("tr[data-account='" + AGENT + "']").getText()).contains("New Agent", "Enabled");
        browser.screenshot("console-staff-created");

        browser.open("/console/admin/audit?lang=zh");
        browser.type("input[name=targetId]", AGENT);
        browser.clickAndWait("form.filters button[type=submit]");
        assertThat(browser.find("h1").getText()).isEqualTo("审计日志");
        assertThat(browser.find("#audit-list").getText()).contains("创建账号", "账号 " + AGENT,
                "角色：客服", "客服技能与容量").doesNotContain("\"role\"", "account.create");
        browser.screenshot("console-audit-zh");
        browser.size(Browser.PHONE);
        browser.screenshot("console-audit-phone-zh");
        browser.size(Browser.LAPTOP);
        browser.open("/console/admin/audit?lang=en");

        browser.clickAndWait("form[action$='/console/logout'] button");
        signIn(AGENT, AGENT_PASSWORD);
        assertThat(browser.driver.getCurrentUrl()).contains("/console/inbox");
        assertThat(browser.driver.findElements(By.linkText("Staff"))).isEmpty();
        assertThat(browser.driver.findElements(By.linkText("Audit log"))).isEmpty();
        browser.open("/console/admin/staff");
        assertThat(browser.find("h1").getText()).isEqualTo("Not for this account");
        browser.open("/console/admin/audit");
        assertThat(browser.find("h1").getText()).isEqualTo("Not for this account");
        assertThat(browser.driver.getPageSource()).doesNotContain("account.create");
        browser.screenshot("console-new-agent-denied");
    }

    private void signIn(String username, String password) {
        browser.type("#username", username);
        browser.type("#password", password);
        browser.clickAndWait("form.stack button[type=submit]");
    }
}
