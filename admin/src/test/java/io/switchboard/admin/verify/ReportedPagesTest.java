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

import io.switchboard.admin.AdminProperties;
import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.admin.web.ConsoleTimes;
import io.switchboard.verify.check.Verifier;
import io.switchboard.verify.report.Suspect;
import io.switchboard.verify.report.SuspectReports;
import io.switchboard.verify.report.SuspectStatus;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's reported fakes: counted, with the members' evidence as text, their status moved on by moderators.
 * The reports are the real ones, made through the real verifier and shared by every test class: each test reports a
 * number and a site of its own.
 */
@StaffApiTest
class ReportedPagesTest {

    /** A number of each test's own, for fakes no other test reports. */
    private static final AtomicInteger TESTS = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    SuspectReports reports;

    @Autowired
    Verifier verifier;

    @Autowired
    AdminProperties console;

    String number;
    String site;
    Suspect firstReportOfTheNumber;
    Suspect fakeNumber;
    Suspect lookalike;

    @BeforeEach
    void membersReportedTwoFakes() {
        int test = TESTS.incrementAndGet();
        number = "+1 555 01" + test;
        site = "n0vaex-" + test + ".com";
        firstReportOfTheNumber = reports.report(verifier.check(number),
                "He said he was NovaEx support and asked for my 2FA code", "verify-page", null);
        fakeNumber = reports.report(verifier.check(number), "<script>alert('x')</script><b>call now</b>", "telegram",
                null);
        lookalike = reports.report(verifier.check(site), "link in a Telegram group", "webchat", null);
    }

    static RequestPostProcessor moderator() {
        return user("reported-mod").roles("MODERATOR");
    }

    @Test
    void moderatorsSeeEachFakeMostReportedFirstWithItsCountTimesAndStatus() throws Exception {
        ConsoleTimes times = new ConsoleTimes(console.consoleZone());
        String page = mvc.perform(get("/console/reported").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Phone number"), containsString(number),
                        containsString("Website"), containsString(site), containsString(">2</td>"),
                        containsString(times.minute(firstReportOfTheNumber.firstReportedAt())),
                        containsString(times.minute(fakeNumber.lastReportedAt())),
                        containsString("Latest reports (2 of 2)"), containsString("Telegram bot"),
                        containsString("asked for my 2FA code"), containsString(">Open</span>"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(number)).isLessThan(page.indexOf(site));
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
                .andExpect(content().string(allOf(containsString(site), containsString("by reported-mod"),
                        not(containsString(number)))));
        mvc.perform(get("/console/reported").param("status", "OPEN").with(moderator()))
                .andExpect(content().string(allOf(containsString(number), not(containsString(site)))));
    }

    @Test
    void changingTheStatusNeedsTheFormsTokenAndAKnownFake() throws Exception {
        mvc.perform(post("/console/reported/{id}/status", fakeNumber.id()).param("status", "DISMISSED").with(moderator()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/reported/{id}/status", 9999).param("status", "DISMISSED").with(moderator())
                        .with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(flash().attribute("error", "There is no reported fake 9999."));
        assertThat(reports.suspects(SuspectStatus.OPEN, 0, 100).getContent()).extracting(Suspect::id)
                .contains(fakeNumber.id(), lookalike.id());
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
        assertThat(reports.suspects(SuspectStatus.OPEN, 0, 100).getContent()).extracting(Suspect::id)
                .contains(fakeNumber.id(), lookalike.id());
    }
}
