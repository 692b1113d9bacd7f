package io.switchboard.forum.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.switchboard.core.account.Account;
import io.switchboard.forum.support.ForumFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/forum}: public reads, member writes by Basic or session (+CSRF), the pages' rules as JSON errors. */
@SpringBootTest
@AutoConfigureMockMvc
class ForumApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ForumFixtures fixtures;

    @Test
    void boardsAreReadableByEveryoneInOrder() throws Exception {
        mvc.perform(get("/api/forum/boards").header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].slug").value("newcomers"))
                .andExpect(jsonPath("$[0].title").value("新手入门"))
                .andExpect(jsonPath("$[1].support").value(true))
                .andExpect(jsonPath("$[5].staffOnly").value(true));
    }

    @Test
    void visitorsRegisterThroughTheApiAndThenWriteWithBasic() throws Exception {
        mvc.perform(post("/api/forum/members").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"api-bob\", \"displayName\": \"Bob\", \"password\": \"bob-api-password\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("api-bob"))
                .andExpect(jsonPath("$.role").value("MEMBER"));
        mvc.perform(post("/api/forum/members").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"API-Bob\", \"password\": \"another-password\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("That user name is taken."));
        mvc.perform(post("/api/forum/members").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"x\", \"password\": \"short\"}"))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/api/forum/boards/newcomers/topics").with(httpBasic("api-bob", "bob-api-password"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Hi\", \"body\": \"I am Bob\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void nobodyRegistersAsTheOfficialBotOrWithAPasswordBcryptWouldCut() throws Exception {
        mvc.perform(post("/api/forum/members").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"NovaEx-Support\", \"password\": \"looks-official-1\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("That user name is taken."));
        mvc.perform(post("/api/forum/members").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"long-pass\", \"password\": \"" + "密码".repeat(13) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("at most 72 bytes")));
    }

    @Test
    void aBrowsersWriteNeedsTheCsrfTokenEvenWithBasicCredentials() throws Exception {
        mvc.perform(post("/api/forum/members").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"api-carol\", \"password\": \"carol-api-password\"}"))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/forum/boards/newcomers/topics").with(httpBasic("api-carol", "carol-api-password"))
                        .header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Hi\", \"body\": \"forged\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void writingNeedsASignedInMember() throws Exception {
        mvc.perform(post("/api/forum/boards/newcomers/topics").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"t\", \"body\": \"b\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().json("""
                        {"error": "unauthorized",
                         "message": "sign in first: with the forum's session, or with HTTP Basic (user name and password)"}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void aMemberWritesWithBasicWithoutCsrfTokenAndReadsItBack() throws Exception {
        Account member = fixtures.member("api");
        String created = mvc.perform(post("/api/forum/boards/trading-tips/topics")
                        .with(httpBasic(member.getUsername(), ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Grid bots\", \"body\": \"Anyone using *grid* bots?\", \"tags\": \"bots\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VISIBLE"))
                .andReturn().getResponse().getContentAsString();
        int topicId = JsonPath.read(created, "$.topicId");

        mvc.perform(get("/api/forum/topics/" + topicId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topic.title").value("Grid bots"))
                .andExpect(jsonPath("$.topic.tags[0]").value("bots"))
                .andExpect(jsonPath("$.posts.content[0].html").value("<p>Anyone using <em>grid</em> bots?</p>"))
                .andExpect(jsonPath("$.ticket").doesNotExist());
        mvc.perform(get("/api/forum/boards/trading-tips/topics"))
                .andExpect(jsonPath("$.content[?(@.id == " + topicId + ")].title").value("Grid bots"));
    }

    @Test
    void aSessionWriteWithoutCsrfTokenIsRefused() throws Exception {
        Account member = fixtures.member("sess");

        mvc.perform(post("/api/forum/boards/newcomers/topics").with(user(member.getUsername()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"t\", \"body\": \"b\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/forum/boards/newcomers/topics").with(user(member.getUsername())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"t\", \"body\": \"b\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void refusalsAreJsonWithTheirStatus() throws Exception {
        Account member = fixtures.member("rules");

        mvc.perform(post("/api/forum/boards/announcements/topics")
                        .with(httpBasic(member.getUsername(), ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"t\", \"body\": \"b\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().json("""
                        {"error": "forbidden", "message": "Only staff may start topics in this board."}
                        """, JsonCompareMode.STRICT));
        mvc.perform(post("/api/forum/boards/newcomers/topics")
                        .with(httpBasic(member.getUsername(), ForumFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"t\", \"body\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The post is empty."));
        mvc.perform(get("/api/forum/topics/999999")).andExpect(status().isNotFound());
    }

    @Test
    void postingTooFastIs429() throws Exception {
        Account member = fixtures.member("burst");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/forum/boards/market-talk/topics")
                            .with(httpBasic(member.getUsername(), ForumFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\": \"t" + i + "\", \"body\": \"b\"}"))
                    .andExpect(status().isCreated());
        }

        mvc.perform(post("/api/forum/boards/market-talk/topics")
                        .with(httpBasic(member.getUsername(), ForumFixtures.PASSWORD))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"t\", \"body\": \"b\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.error").value("too_many_requests"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("您发帖太快了")));
    }

    /** The staff API's own refusal of members is admin's to test (ApiSecurityTest): it is not part of these tests. */
    @Test
    void membersStayOutOfTheModerationApi() throws Exception {
        Account member = fixtures.member("nosy");

        mvc.perform(get("/api/forum/moderation/flags").with(httpBasic(member.getUsername(), ForumFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
