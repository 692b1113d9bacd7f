package io.switchboard.admin.security;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@StaffApiTest
class ApiSecurityTest {

    private static final String UNAUTHORIZED = """
            {"error": "unauthorized",
             "message": "sign in with HTTP Basic as a staff user (user name and password)"}
            """;

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/api/threads", "/api/tickets/T-1", "/api/outbox", "/api/kb/match",
            "/api/kb/articles", "/api/announcements"})
    void everyApiPathAsksForCredentialsInJson(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"switchboard\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json(UNAUTHORIZED, JsonCompareMode.STRICT));
    }

    @Test
    void wrongPasswordIsUnauthorized() throws Exception {
        mvc.perform(get("/api/threads").with(httpBasic(StaffApiTest.USERNAME, "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"switchboard\""))
                .andExpect(content().json(UNAUTHORIZED, JsonCompareMode.STRICT));
    }

    @Test
    void aBrowsersWriteIsRefusedEvenWithBasicCredentialsItCached() throws Exception {
        // Another site's form, sent by a browser that cached the staff member's Basic credentials.
        String announcement = "{\"category\": \"MAINTENANCE\", \"texts\": {\"en\": {\"title\": \"t\", \"body\": \"b\"}},"
                + " \"publishedAt\": \"2026-12-01T08:00:00Z\"}";
        mvc.perform(post("/api/announcements").with(staff()).header("Origin", "https://evil.example")
                        .header("Sec-Fetch-Site", "cross-site")
                        .contentType(MediaType.APPLICATION_JSON).content(announcement))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/announcements").with(staff())
                        .contentType(MediaType.APPLICATION_JSON).content(announcement))
                .andExpect(status().isCreated());
    }

    @Test
    void unknownUserIsUnauthorized() throws Exception {
        mvc.perform(get("/api/threads").with(httpBasic("mallory", StaffApiTest.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theAdminIsLetInWithoutASession() throws Exception {
        MvcResult result = mvc.perform(get("/api/threads").with(staff()))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).as("HTTP session").isNull();
    }

    @Test
    void signedInUsersWithoutAStaffRoleAreForbidden() throws Exception {
        mvc.perform(get("/api/threads").with(user("member").roles("MEMBER")))
                .andExpect(status().isForbidden())
                .andExpect(content().json("""
                        {"error": "forbidden", "message": "this account is not a staff account"}
                        """, JsonCompareMode.STRICT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "MODERATOR", "AGENT"})
    void everyStaffRoleMayReadTheApi(String role) throws Exception {
        mvc.perform(get("/api/outbox").with(user("staff").roles(role)))
                .andExpect(status().isOk());
    }

    @Test
    void apiNeedsNoCsrfToken() throws Exception {
        // No POST endpoint exists yet: "method not allowed" shows the request got past security.
        mvc.perform(post("/api/threads").with(staff()))
                .andExpect(status().isMethodNotAllowed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nowhere", "/actuator/env", "/error"})
    void everythingElseIsDenied(String path) throws Exception {
        mvc.perform(get(path).with(staff())).andExpect(status().isForbidden());
    }
}
