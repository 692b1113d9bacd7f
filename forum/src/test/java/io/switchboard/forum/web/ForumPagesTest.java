package io.switchboard.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.web.SiteLanguage;
import io.switchboard.core.account.Account;
import io.switchboard.forum.support.ForumFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The pages behind the real security chains: what visitors and members see and may do. */
@SpringBootTest
@AutoConfigureMockMvc
class ForumPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ForumFixtures fixtures;

    @Test
    void visitorsSeeTheSeededBoardsInTheirBrowsersLanguage() throws Exception {
        mvc.perform(get("/forum").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.8"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Help &amp; support")))
                .andExpect(content().string(containsString("Announcements")))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
        mvc.perform(get("/forum").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("帮助与支持")))
                .andExpect(content().string(containsString("登录")));
    }

    @Test
    void theSitesAddressOpensTheForum() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/forum"));
    }

    @Test
    void theLanguageSwitchIsKeptInACookie() throws Exception {
        mvc.perform(get("/forum").param("lang", "zh").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value(SiteLanguage.COOKIE, "zh"))
                .andExpect(cookie().httpOnly(SiteLanguage.COOKIE, true))
                .andExpect(content().string(containsString("新手入门")));
    }

    @Test
    void registerSignInAndPostATopicWhoseScriptIsRemoved() throws Exception {
        mvc.perform(post("/forum/register").with(csrf())
                        .param("username", "page-alice").param("displayName", "Alice")
                        .param("password", "alice-password-1"))
                .andExpect(redirectedUrl("/forum/login?registered"));
        mvc.perform(formLogin("/forum/login").user("page-alice").password("alice-password-1"))
                .andExpect(authenticated().withUsername("page-alice"))
                .andExpect(redirectedUrl("/forum"));

        MvcResult posted = mvc.perform(post("/forum/b/newcomers/topics").with(csrf()).with(user("page-alice"))
                        .param("title", "Hello from Alice")
                        .param("body", "**Hi** all <script>document.title='pwned'</script>\n\n<img src=x onerror=alert(1)>")
                        .param("tags", "intro"))
                .andExpect(redirectedUrlPattern("/forum/t/*"))
                .andReturn();

        String page = mvc.perform(get(posted.getResponse().getRedirectedUrl()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(page);
        assertThat(html.select("h1").text()).isEqualTo("Hello from Alice");
        assertThat(html.select(".post .body strong").text()).isEqualTo("Hi");
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("[onerror], img")).isEmpty();
        assertThat(page).doesNotContain("pwned");
    }

    @Test
    void formsNeedACsrfToken() throws Exception {
        Account member = fixtures.member("csrf");

        mvc.perform(post("/forum/b/newcomers/topics").with(user(member.getUsername()))
                        .param("title", "t").param("body", "b"))
                .andExpect(status().isForbidden());
    }

    @Test
    void visitorsAreSentToSignInBeforePosting() throws Exception {
        mvc.perform(post("/forum/b/newcomers/topics").with(csrf()).param("title", "t").param("body", "b"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/forum/login"));
    }

    @Test
    void aRefusedPostShowsTheFormAgainWithTheReasonAndWhatWasTyped() throws Exception {
        Account member = fixtures.member("empty");

        mvc.perform(post("/forum/b/newcomers/topics").with(csrf()).with(user(member.getUsername()))
                        .param("title", "Kept title").param("body", "   "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The post is empty.")))
                .andExpect(content().string(containsString("value=\"Kept title\"")));
    }

    @Test
    void postingTooFastSaysSoClearly() throws Exception {
        Account member = fixtures.member("fast");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/forum/b/market-talk/topics").with(csrf()).with(user(member.getUsername()))
                            .param("title", "Topic " + i).param("body", "body " + i))
                    .andExpect(status().isFound());
        }

        mvc.perform(post("/forum/b/market-talk/topics").with(csrf()).with(user(member.getUsername()))
                        .param("title", "One more").param("body", "body"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("You are posting too fast: at most 5 posts per 60 seconds.")));
    }

    @Test
    void anUnknownTopicIsNotFound() throws Exception {
        mvc.perform(get("/forum/t/999999")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no such page")));
    }

    @Test
    void theProfileListsTheMembersTopicsAndSearchFindsThem() throws Exception {
        Account member = fixtures.member("prof");
        mvc.perform(post("/forum/b/trading-tips/topics").with(csrf()).with(user(member.getUsername()))
                        .param("title", "Withdrawal fees explained").param("body", "How fees on withdrawals work"))
                .andExpect(status().isFound());

        mvc.perform(get("/forum/u/" + member.getUsername()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Withdrawal fees explained")));
        mvc.perform(get("/forum/search").param("q", "withdraw fee"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Withdrawal fees explained")));
        mvc.perform(get("/forum/search").param("q", "提现"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Withdrawal fees explained")));
        mvc.perform(get("/forum/search").param("q", "staking rewards"))
                .andExpect(content().string(not(containsString("Withdrawal fees explained"))));
    }

    @Test
    void onlyStaffSeeTheNewTopicLinkOfAnnouncements() throws Exception {
        Account member = fixtures.member("ann");

        mvc.perform(get("/forum/b/announcements").with(user(member.getUsername())))
                .andExpect(content().string(not(containsString("/forum/b/announcements/new"))));
        mvc.perform(get("/forum/b/announcements").with(user("mod").roles("MEMBER", "MODERATOR")))
                .andExpect(content().string(containsString("/forum/b/announcements/new")));
    }
}
