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
import io.switchboard.verify.registry.OfficialRegistry;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /api/staff/official}: every staff role reads the official channels, moderators and admins change them. The
 * registry is the real one, seeded from the tests' configuration and shared by every test class: each test works on
 * values of its own and compares the list with what it was before.
 */
@StaffApiTest
class OfficialChannelApiTest {

    static final String SINGAPORE = """
            {"kind": "PHONE", "value": "+65 6123 4510", "label": "Support hotline (Singapore, English)",
             "region": "Singapore", "hours": "Mon-Fri 09:00-18:00 SGT", "languages": ["en"],
             "purpose": "account security, failed transactions"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficialRegistry registry;

    /** The seeded website (src/test/resources/application.yml). */
    OfficialEntry website;

    /** The list as the test found it. */
    List<OfficialEntry> before;

    @BeforeEach
    void theSeededList() {
        before = registry.entries();
        website = before.stream().filter(entry -> entry.value().equals("novaex.com")).findFirst().orElseThrow();
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
                .andExpect(jsonPath("$[?(@.id == %s)].kind", website.id()).value("WEBSITE"))
                .andExpect(jsonPath("$[?(@.id == %s)].label", website.id()).value("Main website and app"));
        mvc.perform(post("/api/staff/official").with(agent()).contentType(MediaType.APPLICATION_JSON).content(SINGAPORE))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/staff/official/{id}", website.id()).with(agent()).contentType(MediaType.APPLICATION_JSON)
                        .content(SINGAPORE))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/staff/official/{id}", website.id()).with(agent())).andExpect(status().isForbidden());
        assertThat(registry.entries()).isEqualTo(before);
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
                .andExpect(jsonPath("$.value").value("+6561234510"))
                .andExpect(jsonPath("$.display").value("+65 6123 4510"))
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
        assertThat(registry.entries()).isEqualTo(before);
    }

    @Test
    void refusedEntriesAreA400NamingTheField() throws Exception {
        mvc.perform(post("/api/staff/official").with(moderator()).contentType(MediaType.APPLICATION_JSON)
                        .content(SINGAPORE.replace("+65 6123 4510", "call me")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.errors.value")
                        .value("expected a phone number with its country code, such as +86 400 123 4567"));
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
        assertThat(registry.entries()).isEqualTo(before);
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
