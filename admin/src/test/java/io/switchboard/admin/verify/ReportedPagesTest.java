package io.switchboard.admin.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.verify.check.QueryKind;
import io.switchboard.verify.report.Suspect;
import io.switchboard.verify.report.SuspectStatus;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's reported fakes: counted, with the members' evidence as text, their status moved on by moderators. */
@StaffApiTest
class ReportedPagesTest {

    static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemorySuspectReports reports;

    Suspect fakeNumber;
    Suspect lookalike;

    @BeforeEach
    void membersReportedTwoFakes() {
        reports.clear();
        reports.report(QueryKind.PHONE, "+1 555 0100", "He said he was NovaEx support and asked for my 2FA code",
                "verify-page", MONDAY);
        fakeNumber = reports.report(QueryKind.PHONE, "+1 555 0100",
                "<script>alert('x')</script><b>call now</b>", "telegram", MONDAY.plusSeconds(3600));
        lookalike = reports.report(QueryKind.WEBSITE, "n0vaex.com", "link in a Telegram group", "webchat",
                MONDAY.plusSeconds(600));
    }

    static RequestPostProcessor moderator() {
        return user("reported-mod").roles("MODERATOR");
    }

    @Test
    void moderatorsSeeEachFakeMostReportedFirstWithItsCountTimesAndStatus() throws Exception {
        String page = mvc.perform(get("/console/reported").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Phone number"), containsString("+1 555 0100"),
                        containsString("Website"), containsString("n0vaex.com"), containsString(">2</td>"),
                        containsString("2026-11-30 09:00"), containsString("2026-11-30 10:00"),
                        containsString("Latest reports (2 of 2)"), containsString("Telegram bot"),
                        containsString("asked for my 2FA code"), containsString(">Open</span>"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("+1 555 0100")).isLessThan(page.indexOf("n0vaex.com"));
        mvc.perform(get("/console/reported").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(allOf(containsString("举报的假冒"), containsString("电话号码"),
                        containsString(">待处理</span>"))));
    }

    @Test
    void evidenceIsShownAsTextNeverAsMarkup() throws Exception {
        mvc.perform(get("/console/reported").with(moderator()))
                .andExpect(content().string(allOf(
                        containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;call now&lt;/b&gt;"),
                        not(containsString("<script>alert")), not(containsString("<b>call now")))));
    }

    @Test
    void aModeratorRecordsTheTakedownAndTheFilterFindsIt() throws Exception {
        mvc.perform(post("/console/reported/{id}/status", lookalike.id()).param("status", "TAKEDOWN_REQUESTED")
                        .with(moderator()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(redirectedUrl("/console/reported#suspect-" + lookalike.id()))
                .andExpect(flash().attribute("notice", "Reported fake " + lookalike.id() + ": Takedown requested."));
        mvc.perform(get("/console/reported").param("status", "TAKEDOWN_REQUESTED").with(moderator())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(allOf(containsString("n0vaex.com"), containsString("by reported-mod"),
                        not(containsString("+1 555 0100")))));
        mvc.perform(get("/console/reported").param("status", "OPEN").with(moderator()))
                .andExpect(content().string(allOf(containsString("+1 555 0100"), not(containsString("n0vaex.com")))));
    }

    @Test
    void changingTheStatusNeedsTheFormsTokenAndAKnownFake() throws Exception {
        mvc.perform(post("/console/reported/{id}/status", fakeNumber.id()).param("status", "DISMISSED").with(moderator()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/reported/{id}/status", 9999).param("status", "DISMISSED").with(moderator())
                        .with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(flash().attribute("error", "There is no reported fake 9999."));
        assertThat(reports.suspects(SuspectStatus.OPEN, 0, 10).getContent()).hasSize(2);
    }

    @Test
    void agentsAndMembersDoNotSeeTheReports() throws Exception {
        mvc.perform(get("/console/reported").with(user("reported-agent").roles("AGENT")))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl(ConsolePages.DENIED));
        mvc.perform(post("/console/reported/{id}/status", fakeNumber.id()).param("status", "DISMISSED")
                        .with(user("reported-agent").roles("AGENT")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/reported").with(user("reported-member").roles("MEMBER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/official").with(user("reported-agent").roles("AGENT")))
                .andExpect(content().string(not(containsString("href=\"/console/reported\""))));
        assertThat(reports.suspects(SuspectStatus.OPEN, 0, 10).getContent()).hasSize(2);
    }
}
