package io.switchboard.admin.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.FakeConnectorHealth;
import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.testing.browser.Browser;
import io.switchboard.testing.browser.HeadlessChromium;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An agent's round in a real headless Chromium: sign in, find a ticket in the list, take it, resolve
 * it, read both changes in its history, check the dashboard's charts against the seeded numbers, and
 * go online on the agents page.
 * Laptop and phone screenshots in English and Chinese go to {@code admin/target/screenshots}.
 */
// The same context as ConsoleBrowserTest: the shared in-memory database holds the bootstrap admin.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.admin.password=" + StaffApiTest.PASSWORD)
@ExtendWith(HeadlessChromium.class)
class TicketConsoleBrowserTest {

    @Autowired
    TestData data;

    @Autowired
    TicketRepository tickets;

    @Autowired
    FakeConnectorHealth health;

    @Autowired
    Agents agents;

    /** Opened for each test by HeadlessChromium. */
    private Browser browser;

    @AfterEach
    void resetHealth() {
        health.reset();
    }

    @Test
    void anAgentTakesAndResolvesATicketThenReadsTheDashboard() {
        Ticket ticket = seed();

        browser.open("/console/tickets?lang=en");
        browser.type("#username", "desk-agent");
        browser.type("#password", "desk-agent-pw-1");
        browser.clickAndWait("form.stack button[type=submit]");
        assertThat(browser.driver.getCurrentUrl()).contains("/console/tickets");
        assertThat(browser.find("#ticket-list").getText())
                .contains(ticket.getNumber(), "Withdrawal stuck for two days", "Deposit and withdrawal", "Unassigned",
                        "Campaign reward missing", "VIP", "BREACHED");
        browser.screenshot("console-tickets-laptop");

        browser.clickAndWait(browser.driver.findElement(By.linkText("Withdrawal stuck for two days")));
        assertThat(browser.find("h1").getText()).contains(ticket.getNumber());
        assertThat(browser.find("ol.messages").getText()).contains("My withdrawal has been pending since Monday");
        browser.clickAndWait("#assign-to-me");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Saved.");
        assertThat(browser.find("#ticket-assignee").getText()).isEqualTo("desk-agent");

        new Select(browser.find("#change-status")).selectByVisibleText("Resolved");
        browser.clickAndWait(browser.find("#change-status").findElement(By.xpath("ancestor::form//button")));
        assertThat(browser.find("#ticket-status").getText()).isEqualTo("Resolved");
        assertThat(browser.find("#ticket-history").getText())
                .contains("desk-agent Assignee Unassigned → desk-agent", "desk-agent Status New → Resolved");
        assertThat(tickets.findById(ticket.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.RESOLVED);
        browser.screenshot("console-ticket-laptop");

        browser.open("/console/tickets/" + ticket.getNumber() + "?lang=zh");
        assertThat(browser.find("#ticket-status").getText()).isEqualTo("已解决");
        browser.size(Browser.PHONE);
        browser.screenshot("console-ticket-phone-zh");
        browser.open("/console/tickets");
        browser.screenshot("console-tickets-phone-zh");
        browser.open("/console/dashboard");
        assertThat(browser.find("h1").getText()).isEqualTo("仪表盘");
        browser.screenshot("console-dashboard-phone-zh");

        browser.size(Browser.LAPTOP);
        browser.open("/console/dashboard?lang=en");
        assertThat(browser.find("#messages-title").getText()).isEqualTo("Messages per channel per hour, last 24 hours");
        assertThat(browser.find("#messages svg").getDomAttribute("aria-labelledby")).isEqualTo("messages-title");
        assertThat(browser.find("#messages svg").getAttribute("textContent")).contains("Telegram: 3", "Facebook: 1");
        assertThat(browser.find("#auto-answers-summary").getText())
                .startsWith("Auto-answer rate: 50% of 2 threads in the last 24 hours");
        // the two tickets were opened 5 hours apart: on one UTC day, or on two when the run is just past midnight
        assertThat(java.util.regex.Pattern.compile("Tickets opened by escalation: (\\d+)")
                .matcher(browser.find("#escalations svg").getAttribute("textContent")).results()
                .mapToInt(bar -> Integer.parseInt(bar.group(1))).sum()).isEqualTo(2);
        assertThat(browser.find("#ages-summary").getText()).isEqualTo("1 unresolved ticket.");
        assertThat(browser.find("#breaches-summary").getText()).isEqualTo("1 unresolved ticket missed a target.");
        assertThat(browser.find("#connectors").getText()).contains("Telegram Up", "Facebook Down", "token refused");
        browser.screenshot("console-dashboard-laptop");
        browser.find("#messages details summary").click();
        assertThat(browser.find("#messages table").getText()).contains("Telegram", "Facebook");
        browser.size(Browser.PHONE);
        browser.screenshot("console-dashboard-phone");

        browser.size(Browser.LAPTOP);
        browser.open("/console/agents");
        assertThat(browser.find("#my-presence").getText()).contains("Offline", "0 of 4 tickets");
        browser.clickAndWait("#my-presence button[type=submit]");
        assertThat(browser.find("#my-presence").getText()).contains("Online", "Go offline");
        browser.screenshot("console-agents-laptop");

        browser.clickAndWait("header form button[type=submit]");
        browser.open("/console/agents");
        browser.type("#username", StaffApiTest.USERNAME);
        browser.type("#password", StaffApiTest.PASSWORD);
        browser.clickAndWait("form.stack button[type=submit]");
        assertThat(browser.find("#agent-list").getText()).contains("desk-agent", "Online", "0 of 4 tickets");
        browser.screenshot("console-agents-admin-laptop");
        browser.size(Browser.PHONE);
        browser.screenshot("console-agents-admin-phone");
    }

    /** A fresh ticket to take, a breached VIP ticket someone has, and the messages the dashboard counts. */
    private Ticket seed() {
        data.reset();
        data.staff("desk-agent", AccountRole.AGENT, "desk-agent-pw-1");
        data.staff("desk-dana", AccountRole.AGENT, "desk-dana-pw-1");
        agents.configure("admin", "desk-agent", EnumSet.of(TicketCategory.ACCOUNT_SECURITY), 4);
        Instant now = Instant.now();
        Member alice = data.member(Channel.TELEGRAM, "7101", "Alice Chen", "alice", false);
        Member bob = data.member(Channel.FACEBOOK, "7102", "Bob Li", "bob", true);
        SupportThread telegram = data.thread(alice, "tg:-100:7101", ThreadStatus.ESCALATED, now.minusSeconds(900),
                now.minusSeconds(600));
        SupportThread facebook = data.thread(bob, "fb:post:7102", ThreadStatus.ANSWERED, now.minusSeconds(900),
                now.minusSeconds(300));
        for (int i = 0; i < 3; i++) {
            data.message(telegram, Direction.IN, "tg-" + i, i == 0 ? "My withdrawal has been pending since Monday"
                    : "Anyone there?", null, now.minusSeconds(600 - i));
        }
        data.message(facebook, Direction.IN, "fb-1", "Where is my campaign reward?", null, now.minusSeconds(300));
        Ticket late = data.ticket(facebook, "Campaign reward missing", TicketStatus.RESOLVED, now.minus(Duration.ofHours(5)));
        late.markVip(late.getPriority(), now);
        late.scheduleTargets(now.minus(Duration.ofHours(4)), now.plus(Duration.ofHours(19)));
        late.markFirstResponseBreached(now.minus(Duration.ofHours(4)), "admin");
        late.changeStatus(TicketStatus.OPEN, now);
        late.assignTo("desk-dana", now);
        tickets.save(late);
        health.report("telegram", Health.up().withDetail("lastSuccess", now.toString()).build());
        health.report("facebook", Health.down().withDetail("lastSuccess", "never")
                .withDetail("lastError", "token refused").withDetail("lastErrorAt", now.toString()).build());
        Ticket fresh = data.ticket(telegram, "Withdrawal stuck for two days", TicketStatus.NEW, now.minusSeconds(600));
        fresh.scheduleTargets(now.plus(Duration.ofMinutes(50)), now.plus(Duration.ofHours(23)));
        return tickets.save(fresh);
    }
}
