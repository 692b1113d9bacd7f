package io.switchboard.admin.verify;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.verify.check.QueryKind;
import io.switchboard.verify.report.Suspect;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code /api/staff/reported}: the reported fakes with their evidence, for moderators and admins. */
@StaffApiTest
class ReportedApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemorySuspectReports reports;

    Suspect fake;

    @BeforeEach
    void aReportedAccount() {
        reports.clear();
        fake = reports.report(QueryKind.TELEGRAM, "novaex_support_desk", "<i>DM me for a refund</i>", "telegram",
                Instant.parse("2026-11-30T09:00:00Z"));
    }

    static RequestPostProcessor moderator() {
        return user("api-reported-mod").roles("MODERATOR");
    }

    @Test
    void moderatorsListTheFakesWithTheirReportsAndFilterByStatus() throws Exception {
        mvc.perform(get("/api/staff/reported").with(moderator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].kind").value("TELEGRAM"))
                .andExpect(jsonPath("$.content[0].reports").value(1))
                .andExpect(jsonPath("$.content[0].status").value("OPEN"))
                .andExpect(jsonPath("$.content[0].latestReports[0].evidence").value("<i>DM me for a refund</i>"));
        mvc.perform(get("/api/staff/reported").param("status", "DISMISSED").with(moderator()))
                .andExpect(jsonPath("$.totalElements").value(0));
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
