package io.switchboard.admin.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.ThreadStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** Who gets into the console: the sign-in form, roles, the admin-only pages, and the language. */
@StaffApiTest
class ConsoleAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @BeforeEach
    void accounts() {
        data.reset();
        data.staff("console-agent", AccountRole.AGENT, "agent-password-1");
        data.forumMember("console-member", "member-password-1");
    }

    @Test
    void theSignInFormSpeaksEnglishAndChinese() throws Exception {
        mvc.perform(get("/console/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Staff sign-in")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/console/login").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(content().string(containsString("员工登录")));
        mvc.perform(get("/console/login").param("lang", "zh").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US"))
                .andExpect(content().string(containsString("员工登录")));
    }

    @Test
    void staffSignInWithTheFormAndLandInTheInbox() throws Exception {
        mvc.perform(formLogin("/console/login").user("console-agent").password("agent-password-1"))
                .andExpect(authenticated().withUsername("console-agent"))
                .andExpect(redirectedUrl("/console"));
        mvc.perform(get("/console").with(user("console-agent").roles("AGENT")))
                .andExpect(redirectedUrl("/console/inbox"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndNoSession() throws Exception {
        mvc.perform(formLogin("/console/login").user("console-agent").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/console/login?error"));
        mvc.perform(get("/console/login").param("error", ""))
                .andExpect(content().string(containsString("Wrong user name or password")));
    }

    @Test
    void signingInWithoutTheFormsTokenIsRefused() throws Exception {
        mvc.perform(post("/console/login").param("username", "console-agent").param("password", "agent-password-1"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void strangersAreSentToTheSignInForm() throws Exception {
        mvc.perform(get("/console/inbox"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/console/login"));
    }

    @Test
    void aForumMemberWhoSignsInIsNotLetIn() throws Exception {
        mvc.perform(get("/console/inbox").with(user("console-member").roles("MEMBER")))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl(ConsolePages.DENIED));
        mvc.perform(get(ConsolePages.DENIED).with(user("console-member").roles("MEMBER")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Not for this account")))
                .andExpect(content().string(not(containsString("Inbox"))));
    }

    @Test
    void agentsCannotReachAdminPages() throws Exception {
        mvc.perform(get("/console/admin/staff").with(user("console-agent").roles("AGENT")))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl(ConsolePages.DENIED));
    }

    @Test
    void signingOutNeedsTheFormsToken() throws Exception {
        mvc.perform(post("/console/logout").with(user("console-agent").roles("AGENT")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/logout").with(user("console-agent").roles("AGENT")).with(csrf()))
                .andExpect(redirectedUrl("/console/login?logout"));
    }

    @Test
    void theInboxListsThreadsOfEveryChannelNewestFirstAndFilters() throws Exception {
        Member alice = data.member(Channel.TELEGRAM, "501", "Alice <b>", "alice", true);
        Member bob = data.member(Channel.FACEBOOK, "602", "Bob", "bob", false);
        data.thread(alice, "tg:-100:501", ThreadStatus.ESCALATED, TestData.T0, TestData.T0.plusSeconds(600));
        data.thread(bob, "fb:post:1", ThreadStatus.OPEN, TestData.T0, TestData.T0.plusSeconds(60));

        mvc.perform(get("/console/inbox").with(user("console-agent").roles("AGENT"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alice &lt;b&gt;")))
                .andExpect(content().string(containsString("VIP")))
                .andExpect(content().string(containsString("Escalated")))
                .andExpect(content().string(stringContainsInOrder("Alice", "Bob")));
        mvc.perform(get("/console/inbox").param("channel", "FACEBOOK").with(user("console-agent").roles("AGENT")))
                .andExpect(content().string(containsString("Bob")))
                .andExpect(content().string(not(containsString("Alice"))));
    }
}
