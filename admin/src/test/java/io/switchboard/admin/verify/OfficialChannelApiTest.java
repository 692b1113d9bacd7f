package io.switchboard.admin.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialEntryDraft;
import io.switchboard.verify.registry.OfficialKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code /api/staff/official}: every staff role reads the official channels, moderators and admins change them. */
@StaffApiTest
class OfficialChannelApiTest {

    static final String SINGAPORE = """
            {"kind": "PHONE", "value": "+65 6123 4567", "label": "Support hotline (Singapore, English)",
             "region": "Singapore", "hours": "Mon-Fri 09:00-18:00 SGT", "languages": ["en"],
             "purpose": "account security, failed transactions"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryOfficialRegistry registry;

    OfficialEntry website;

    @BeforeEach
    void oneWebsite() {
        registry.clear();
        website = registry.add(new OfficialEntryDraft(OfficialKind.WEBSITE, "novaex.com", "Main website and app", null,
                null, null, null, null), "seed");
    }

    static RequestPostProcessor moderator() {
        return user("api-mod").roles("MODERATOR");
    }

    static RequestPostProcessor agent() {
        return user("api-agent").roles("AGENT");
    }

    @Test
    void agentsReadTheListButMayNotChangeIt() throws Exception {
        mvc.perform(get("/api/staff/official").with(agent()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("WEBSITE"))
                .andExpect(jsonPath("$[0].value").value("novaex.com"));
        mvc.perform(post("/api/staff/official").with(agent()).contentType(MediaType.APPLICATION_JSON).content(SINGAPORE))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/staff/official/{id}", website.id()).with(agent()).contentType(MediaType.APPLICATION_JSON)
                        .content(SINGAPORE))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/staff/official/{id}", website.id()).with(agent())).andExpect(status().isForbidden());
        assertThat(registry.entries()).containsExactly(website);
    }

    @Test
    void membersAndStrangersGetNothing() throws Exception {
        mvc.perform(get("/api/staff/official").with(user("api-member").roles("MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/official")).andExpect(status().isUnauthorized());
    }

    @Test
    void aModeratorAddsChangesAndRemovesAPhoneLine() throws Exception {
        String location = mvc.perform(post("/api/staff/official").with(moderator())
                        .contentType(MediaType.APPLICATION_JSON).content(SINGAPORE))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/staff/official/")))
                .andExpect(jsonPath("$.value").value("+6561234567"))
                .andExpect(jsonPath("$.display").value("+65 6123 4567"))
                .andExpect(jsonPath("$.region").value("Singapore"))
                .andExpect(jsonPath("$.languages[0]").value("en"))
                .andExpect(jsonPath("$.updatedBy").value("api-mod"))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(put(location).with(moderator()).contentType(MediaType.APPLICATION_JSON)
                        .content(SINGAPORE.replace("Mon-Fri 09:00-18:00 SGT", "24/7")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hours").value("24/7"));
        mvc.perform(delete(location).with(moderator())).andExpect(status().isNoContent());
        mvc.perform(delete(location).with(moderator())).andExpect(status().isNotFound());
        assertThat(registry.entries()).containsExactly(website);
    }

    @Test
    void refusedEntriesAreA400NamingTheField() throws Exception {
        mvc.perform(post("/api/staff/official").with(moderator()).contentType(MediaType.APPLICATION_JSON)
                        .content(SINGAPORE.replace("+65 6123 4567", "call me")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.errors.value").value("'call me' is not a phone number"));
        mvc.perform(post("/api/staff/official").with(moderator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": \"novaex.io\", \"label\": \"Second site\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind").value(containsString("WEBSITE")));
        mvc.perform(post("/api/staff/official").with(moderator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"FAX\", \"value\": \"1\", \"label\": \"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/staff/official").with(moderator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"WEBSITE\", \"value\": \"NovaEx.com\", \"label\": \"again\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.value").value("NovaEx.com is listed already"));
        assertThat(registry.entries()).containsExactly(website);
    }

    @Test
    void unknownIdsAreA404() throws Exception {
        mvc.perform(put("/api/staff/official/{id}", 9999).with(moderator()).contentType(MediaType.APPLICATION_JSON)
                        .content(SINGAPORE))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no official channel 9999"));
        mvc.perform(delete("/api/staff/official/{id}", 9999).with(moderator())).andExpect(status().isNotFound());
    }

    /** The channels share /api/staff with the staff accounts, which stay the admins' alone. */
    @Test
    void moderatorsStillCannotTouchStaffAccounts() throws Exception {
        mvc.perform(get("/api/staff").with(moderator())).andExpect(status().isForbidden());
        mvc.perform(patch("/api/staff/official").with(moderator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"admin\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/reported").with(agent())).andExpect(status().isForbidden());
    }
}
