package io.switchboard.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.core.account.Account;
import io.switchboard.forum.support.ForumFixtures;
import io.switchboard.forum.topic.Posting;
import io.switchboard.web.language.SiteLanguage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
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

    @Autowired
    Posting posting;

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
                .andExpect(authenticated().withUsername("page-alice"))
                .andExpect(redirectedUrl("/forum"));
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
    void registeringSignsTheNewMemberInAndTakesThemBackToThePageTheyCameFrom() throws Exception {
        String board = "/forum/b/trading-tips?page=0";
        Document form = Jsoup.parse(mvc.perform(get("/forum/register").param("next", board))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("input[name=next]").val()).isEqualTo(board);
        assertThat(Jsoup.parse(mvc.perform(get(board))
                        .andReturn().getResponse().getContentAsString())
                .select("header a[href^=/forum/register]").attr("href"))
                .isEqualTo("/forum/register?next=/forum/b/trading-tips?page%3D0");

        MvcResult registered = mvc.perform(post("/forum/register").with(csrf()).param("next", board)
                        .param("username", "page-bob").param("displayName", "Bob").param("password", "bob-password-12"))
                .andExpect(authenticated().withUsername("page-bob"))
                .andExpect(redirectedUrl(board))
                .andReturn();

        mvc.perform(get(board).session((MockHttpSession) registered.getRequest().getSession()))
                .andExpect(content().string(containsString(">page-bob</a>")));
    }

    @Test
    void signingInFromTheHeaderTakesTheMemberBackToThePageTheyWereOn() throws Exception {
        mvc.perform(post("/forum/register").with(csrf()).param("username", "page-carol").param("displayName", "Carol")
                .param("password", "carol-password-1"));
        String board = "/forum/b/trading-tips?page=0";
        String signIn = Jsoup.parse(mvc.perform(get(board)).andReturn().getResponse().getContentAsString())
                .select("header a[href^=/forum/login]").attr("href");
        assertThat(signIn).isEqualTo("/forum/login?next=/forum/b/trading-tips?page%3D0");
        Document form = Jsoup.parse(mvc.perform(get("/forum/login").param("next", board))
                .andReturn().getResponse().getContentAsString());
        assertThat(form.select("form input[name=next]").val()).isEqualTo(board);

        mvc.perform(post("/forum/login").with(csrf()).param("username", "page-carol")
                        .param("password", "carol-password-1").param("next", board))
                .andExpect(authenticated().withUsername("page-carol"))
                .andExpect(redirectedUrl(board));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/forum", "/console", "/forum/logout",
        "/forum\\@evil.example"})
    void signingInNeverSendsTheMemberOffTheForum(String next) throws Exception {
        String username = "page-in" + Math.abs(next.hashCode());
        mvc.perform(post("/forum/register").with(csrf()).param("username", username).param("displayName", "N")
                .param("password", "next-password-12"));
        assertThat(Jsoup.parse(mvc.perform(get("/forum/login").param("next", next))
                        .andReturn().getResponse().getContentAsString())
                .select("form input[name=next]").val()).isEqualTo("/forum");
        mvc.perform(post("/forum/login").with(csrf()).param("username", username)
                        .param("password", "next-password-12").param("next", next))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/forum"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/forum", "/console", "/forum/login",
        "/forum\\@evil.example"})
    void registeringNeverSendsTheMemberOffTheForum(String next) throws Exception {
        mvc.perform(post("/forum/register").with(csrf()).param("next", next)
                        .param("username", "page-next" + Math.abs(next.hashCode())).param("displayName", "N")
                        .param("password", "next-password-12"))
                .andExpect(redirectedUrl("/forum"));
    }

    @Test
    void aRefusedRegistrationKeepsWhatWasTypedButThePassword() throws Exception {
        fixtures.member("taken");
        Document page = Jsoup.parse(mvc.perform(post("/forum/register").with(csrf()).param("next", "/forum/b/newcomers")
                        .param("username", "x").param("displayName", "Carol C").param("password", "carol-secret-1"))
                .andExpect(status().isBadRequest())
                .andExpect(unauthenticated())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("[role=alert]").text()).contains("3 to 32");
        assertThat(page.select("#username").val()).isEqualTo("x");
        assertThat(page.select("#displayName").val()).isEqualTo("Carol C");
        assertThat(page.select("#password").val()).isEmpty();
        assertThat(page.select("input[name=next]").val()).isEqualTo("/forum/b/newcomers");
        assertThat(page.html()).doesNotContain("carol-secret-1");
    }

    @Test
    void countsAreWordedInTheSingularAndThePlural() throws Exception {
        Account member = fixtures.member("plural");
        long topic = posting.startTopic(member.getUsername(), "newcomers", "Plural check", "one reply", "", null)
                .getTopic().getId();
        posting.reply(fixtures.member("replier").getUsername(), topic, "the reply", null, null);

        String en = mvc.perform(get("/forum/u/" + member.getUsername()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(en).select(".topic-row .meta").text()).contains("1 reply", "no views")
                .doesNotContain("1 replies");
        String zh = mvc.perform(get("/forum/u/" + member.getUsername()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(zh).select(".topic-row .meta").text()).contains("1 条回复", "0 次浏览");
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
