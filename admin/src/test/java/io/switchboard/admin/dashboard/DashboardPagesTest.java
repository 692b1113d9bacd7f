package io.switchboard.admin.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.FakeConnectorHealth;
import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard page: every chart with its title, axes and table, and the connectors' health. */
@StaffApiTest
class DashboardPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    FakeConnectorHealth health;

    @BeforeEach
    void recentActivity() {
        data.reset();
        Instant now = Instant.now();
        SupportThread answered = data.thread(data.member(Channel.TELEGRAM, "9101", "Ann", "ann", false), "tg:9101",
                ThreadStatus.ANSWERED, now.minusSeconds(600), now.minusSeconds(300));
        data.thread(data.member(Channel.FORUM, "9102", "Ben", "ben", false), "forum:1", ThreadStatus.ESCALATED,
                now.minusSeconds(600), now.minusSeconds(120));
        for (int i = 0; i < 3; i++) {
            data.message(answered, Direction.IN, "m" + i, "question " + i, null, now.minusSeconds(60));
        }
        data.ticket(answered, "Withdrawal pending", TicketStatus.NEW, now.minus(Duration.ofHours(2)));
        health.report("telegram", Health.up().withDetail("lastSuccess", "2026-12-01T10:00:00Z").build());
        health.report("facebook", Health.down().withDetail("lastSuccess", "never")
                .withDetail("lastError", "Graph API refused the page token").withDetail("lastErrorAt", "2026-12-01T09:00:00Z").build());
    }

    @AfterEach
    void connectorsOff() {
        health.reset();
    }

    @Test
    void everyChartHasATitleLabelledAxesAndATable() throws Exception {
        mvc.perform(get("/console/dashboard").with(user("dash-agent").roles("AGENT")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"messages-title\">Messages per channel per hour, last 24 hours</h2>")))
                .andExpect(content().string(containsString("aria-labelledby=\"messages-title\"")))
                .andExpect(content().string(containsString("Hour (UTC)")))
                .andExpect(content().string(containsString("<title>Telegram: 3</title>")))
                .andExpect(content().string(containsString("Auto-answer rate: 50% of 2 threads in the last 24 hours")))
                .andExpect(content().string(containsString("<title>Tickets opened by escalation: 1</title>")))
                .andExpect(content().string(stringContainsInOrder("1–4 h", "<td>1</td>")))
                .andExpect(content().string(containsString("1 unresolved ticket.")))
                .andExpect(content().string(containsString("SLA breaches")))
                .andExpect(content().string(containsString("The numbers as a table")));
    }

    @Test
    void connectorHealthShowsEachStatusAndTheLastError() throws Exception {
        mvc.perform(get("/console/dashboard").with(user("dash-agent").roles("AGENT")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("data-connector=\"telegram\"", "Up",
                        "data-connector=\"twitter\"", "Not configured",
                        "data-connector=\"facebook\"", "Down", "Never", "Graph API refused the page token",
                        // the admin module alone has no forum: a forum row, switched off
                        "data-connector=\"forum\"", "Forum", "Not configured")));
    }

    @Test
    void connectorTimesReadLikeEveryConsoleTimeWithTheirZone() throws Exception {
        mvc.perform(get("/console/dashboard").with(user("dash-agent").roles("AGENT")).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(content().string(stringContainsInOrder("data-connector=\"telegram\"", "2026-12-01 10:00 UTC",
                        "data-connector=\"facebook\"", "从未成功", "2026-12-01 09:00 UTC")))
                .andExpect(content().string(not(containsString(">2026-12-01T10:00:00Z<"))))
                .andExpect(content().string(not(containsString(">never<"))));
        mvc.perform(get("/console/dashboard").with(user("dash-agent").roles("AGENT")).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(content().string(containsString("连接器状态")))
                .andExpect(content().string(containsString("故障")))
                .andExpect(content().string(containsString("各渠道每小时消息数")));
    }

    @Test
    void strangersAreSentToSignIn() throws Exception {
        mvc.perform(get("/console/dashboard")).andExpect(redirectedUrlPattern("**/console/login"));
    }
}
