package io.switchboard.admin.verify;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.verify.check.Verifier;
import io.switchboard.verify.report.Suspect;
import io.switchboard.verify.report.SuspectReports;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /api/staff/reported}: the reported fakes with their evidence, for moderators and admins. The reports are the
 * real ones, shared by every test class: each test reports an account of its own and looks for it by id.
 */
@StaffApiTest
class ReportedApiTest {

    @Autowired
    MockMvc mvc;

    /** A number of each test's own, for accounts no other test reports. */
    private static final AtomicInteger TESTS = new AtomicInteger();

    @Autowired
    SuspectReports reports;

    @Autowired
    Verifier verifier;

    Suspect fake;

    @BeforeEach
    void aReportedAccount() {
        fake = reports.report(verifier.check("t.me/novaex_refund_desk_" + TESTS.incrementAndGet()),
                "<i>DM me for a refund</i>", "telegram", null);
    }

    static RequestPostProcessor moderator() {
        return user("api-reported-mod").roles("MODERATOR");
    }

    @Test
    void moderatorsListTheFakesWithTheirReportsAndFilterByStatus() throws Exception {
        String reported = "$.content[?(@.id == %s)]";
        mvc.perform(get("/api/staff/reported").param("size", "100").with(moderator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath(reported + ".kind", fake.id()).value("TELEGRAM"))
                .andExpect(jsonPath(reported + ".reports", fake.id()).value(1))
                .andExpect(jsonPath(reported + ".status", fake.id()).value("OPEN"))
                .andExpect(jsonPath(reported + ".latestReports[0].evidence", fake.id())
                        .value("<i>DM me for a refund</i>"));
        mvc.perform(get("/api/staff/reported").param("status", "OPEN").param("size", "100").with(moderator()))
                .andExpect(jsonPath(reported, fake.id()).isNotEmpty());
        mvc.perform(get("/api/staff/reported").param("status", "DISMISSED").param("size", "100").with(moderator()))
                .andExpect(jsonPath(reported, fake.id()).isEmpty());
        mvc.perform(get("/api/staff/reported").param("status", "GONE").with(moderator()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aModeratorMovesAFakeOnAndUnknownOnesAreA404() throws Exception {
        mvc.perform(post("/api/staff/reported/{id}/status", fake.id()).with(moderator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"TAKEN_DOWN\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TAKEN_DOWN"))
                .andExpect(jsonPath("$.statusBy").value("api-reported-mod"));
        mvc.perform(post("/api/staff/reported/{id}/status", 9999).with(moderator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"TAKEN_DOWN\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no reported suspect 9999"));
    }

    @Test
    void aStatusChangeWithoutAKnownStatusIsA400() throws Exception {
        mvc.perform(post("/api/staff/reported/{id}/status", fake.id()).with(moderator())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.status").exists());
        mvc.perform(post("/api/staff/reported/{id}/status", fake.id()).with(moderator())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"GONE\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void agentsMayNot() throws Exception {
        RequestPostProcessor agent = user("api-reported-agent").roles("AGENT");
        mvc.perform(get("/api/staff/reported").with(agent)).andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/reported/{id}/status", fake.id()).with(agent)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"DISMISSED\"}"))
                .andExpect(status().isForbidden());
    }
}
