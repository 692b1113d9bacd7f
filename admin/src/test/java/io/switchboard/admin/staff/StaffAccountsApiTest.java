package io.switchboard.admin.staff;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.staff.StaffAccounts;
import io.switchboard.core.staff.StaffChange;
import io.switchboard.core.staff.StaffChangeRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Admins manage staff accounts through {@code /api/staff}; agents may not, and nobody locks the installation out. */
@StaffApiTest
class StaffAccountsApiTest {

    static final String PASSWORD = "a-long-staff-password";
    /** A console page for moderators only, which a session of a moderator reaches. */
    private static final String MODERATORS_PAGE = "/console/moderation";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    StaffAccounts staffAccounts;

    private ResultActions create(String body) throws Exception {
        return mvc.perform(post("/api/staff").with(staff()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions change(String username, String body) throws Exception {
        return mvc.perform(patch("/api/staff/{username}", username).with(staff())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** The session of a sign-in on the console's form. */
    private MockHttpSession consoleSignIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post(ConsolePages.LOGIN).with(csrf())
                        .param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/console"))
                .andReturn().getRequest().getSession(false);
    }

    @Test
    void anAdminCreatesAnAgentWhoCanSignInAndTakeTickets() throws Exception {
        create("{\"username\": \"Dana-Agent\", \"displayName\": \"Dana\", \"role\": \"Agent\", \"password\": \""
                + PASSWORD + "\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/staff/dana-agent"))
                .andExpect(jsonPath("$.username").value("dana-agent"))
                .andExpect(jsonPath("$.displayName").value("Dana"))
                .andExpect(jsonPath("$.role").value("agent"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());

        mvc.perform(get("/api/staff").with(staff()))
                .andExpect(jsonPath("$[*].username").value(hasItem("dana-agent")));
        mvc.perform(get("/api/agents").with(httpBasic("dana-agent", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'dana-agent')].capacity").value(5))
                .andExpect(jsonPath("$[?(@.username == 'dana-agent')].skills[*]").value(hasItem("TRADING")));
        mvc.perform(post("/api/agents/{username}/online", "dana-agent").with(httpBasic("dana-agent", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.online").value(true));
        mvc.perform(get("/api/audit").param("targetId", "dana-agent").param("action", "account").with(staff()))
                .andExpect(jsonPath("$.content[0].actor").value(StaffApiTest.USERNAME))
                .andExpect(jsonPath("$.content[0].action").value("account.create"))
                .andExpect(jsonPath("$.content[0].after")
                        .value("{\"displayName\":\"Dana\",\"role\":\"AGENT\",\"enabled\":true}"));
    }

    @Test
    void anAgentCannotSeeOrManageStaffAccountsNorTheAuditLog() throws Exception {
        create("{\"username\": \"nosy-agent-2\", \"role\": \"agent\", \"password\": \"" + PASSWORD + "\"}")
                .andExpect(status().isCreated());

        mvc.perform(get("/api/staff").with(httpBasic("nosy-agent-2", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(post("/api/staff").with(httpBasic("nosy-agent-2", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"sneaky\", \"role\": \"admin\", \"password\": \"" + PASSWORD + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/staff/{username}", "nosy-agent-2").with(httpBasic("nosy-agent-2", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\": \"admin\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").with(httpBasic("nosy-agent-2", PASSWORD))).andExpect(status().isForbidden());

        assertThat(accounts.find("sneaky")).isEmpty();
        assertThat(accounts.find("nosy-agent-2").orElseThrow().getRole())
                .isEqualTo(AccountRole.AGENT);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndCreatesNothing() throws Exception {
        create("{\"username\": \"x\", \"role\": \"agent\", \"password\": \"" + PASSWORD + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.username").value("must be 3 to 32 letters, digits, _ or -"));
        create("{\"username\": \"member-role\", \"role\": \"member\", \"password\": \"" + PASSWORD + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.role").value("must be one of admin, moderator, agent"));
        create("{\"username\": \"short-pw\", \"role\": \"agent\", \"password\": \"too-short\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password").value("must have at least 12 characters"));
        create("{\"username\": \"long-pw\", \"role\": \"agent\", \"password\": \"" + "密".repeat(25) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password")
                        .value("must be at most 72 bytes (about 72 Latin or 24 Chinese characters)"));
        create("{\"username\": \"ADMIN\", \"role\": \"agent\", \"password\": \"" + PASSWORD + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("the user name 'ADMIN' is taken"));
        change("nobody-here", "{\"enabled\": false}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no staff account 'nobody-here'"));
        change(StaffApiTest.USERNAME, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("nothing to change: give role, enabled or password"));

        assertThat(accounts.find("member-role")).isEmpty();
        assertThat(accounts.find("short-pw")).isEmpty();
        assertThat(accounts.find("long-pw")).isEmpty();
    }

    @Test
    void anAdminCannotDisableOrDemoteThemselvesNorTheLastAdmin() throws Exception {
        change(StaffApiTest.USERNAME, "{\"enabled\": false}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("you cannot disable your own account: ask another admin"));
        change(StaffApiTest.USERNAME, "{\"role\": \"agent\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("you cannot change your own role: ask another admin"));
        // Through the API an admin always acts on another admin; the service keeps the rule for every caller.
        assertThatThrownBy(() -> staffAccounts.change("system", StaffApiTest.USERNAME,
                new StaffChange(null, false, null)))
                .isInstanceOf(StaffChangeRefusedException.class)
                .hasMessage("cannot disable 'admin': it is the last enabled admin account");

        assertThat(accounts.findStaff(StaffApiTest.USERNAME)).isPresent();
        mvc.perform(get("/api/staff").with(staff())).andExpect(status().isOk());
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionEndsAtTheNextRequest() throws Exception {
        create("{\"username\": \"mod-leaving\", \"role\": \"moderator\", \"password\": \"" + PASSWORD + "\"}")
                .andExpect(status().isCreated());
        MockHttpSession session = consoleSignIn("mod-leaving");
        mvc.perform(get(MODERATORS_PAGE).session(session)).andExpect(status().isOk());

        change("mod-leaving", "{\"enabled\": false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get(MODERATORS_PAGE).session(session)).andExpect(redirectedUrlPattern("**" + ConsolePages.LOGIN));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/api/threads").with(httpBasic("mod-leaving", PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/audit").param("actor", "mod-leaving").with(staff()))
                .andExpect(jsonPath("$.content[0].action").value("sign-in.failed"))
                .andExpect(jsonPath("$.content[0].reason").value("account disabled"))
                .andExpect(jsonPath("$.content[1].action").value("sign-in.succeeded"));
        mvc.perform(get("/api/staff").with(staff()))
                .andExpect(jsonPath("$[?(@.username == 'mod-leaving')].enabled").value(hasItem(false)));
    }

    @Test
    void aPasswordResetReplacesTheOldPasswordAndIsAuditedWithoutIt() throws Exception {
        create("{\"username\": \"forgetful\", \"role\": \"agent\", \"password\": \"" + PASSWORD + "\"}");

        change("forgetful", "{\"password\": \"a-brand-new-password\"}").andExpect(status().isOk());

        mvc.perform(get("/api/threads").with(httpBasic("forgetful", PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/threads").with(httpBasic("forgetful", "a-brand-new-password"))).andExpect(status().isOk());
        mvc.perform(get("/api/audit").param("action", "account.password").param("targetId", "forgetful").with(staff()))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].reason").value("password reset"))
                .andExpect(jsonPath("$.content[0].before").doesNotExist())
                .andExpect(jsonPath("$.content[0].after").doesNotExist());
    }

    @Test
    void aRoleChangeEndsTheSessionsThatHadTheOldRole() throws Exception {
        create("{\"username\": \"mod-demoted\", \"role\": \"moderator\", \"password\": \"" + PASSWORD + "\"}");
        MockHttpSession session = consoleSignIn("mod-demoted");

        change("mod-demoted", "{\"role\": \"agent\"}")
                .andExpect(jsonPath("$.role").value("agent"));

        mvc.perform(get(MODERATORS_PAGE).session(session)).andExpect(redirectedUrlPattern("**" + ConsolePages.LOGIN));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/api/audit").param("targetId", "mod-demoted").param("action", "account.role").with(staff()))
                .andExpect(jsonPath("$.content[0].before").value("{\"role\":\"MODERATOR\"}"))
                .andExpect(jsonPath("$.content[0].after").value("{\"role\":\"AGENT\"}"));
        mvc.perform(get("/api/agents").with(staff()))
                .andExpect(jsonPath("$[*].username").value(hasItem("mod-demoted")));
    }
}
