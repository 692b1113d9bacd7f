package io.switchboard.helpcenter.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.core.account.Account;
import io.switchboard.core.callback.CallBackRequestRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Without the e-mail channel a visitor cannot confirm their address, so they cannot request a call back: the form
 * asks them to sign in and a post is refused with 403, nothing kept or filed; a member still files at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CallBackWithoutMailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallBackRequestRepository callBacks;

    @Autowired
    RequestFixtures fixtures;

    @Test
    void visitorsAreAskedToSignIn() throws Exception {
        mvc.perform(get("/contact/callback").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please sign in to request a call back")))
                .andExpect(content().string(containsString("href=\"/help/login\"")))
                .andExpect(content().string(not(containsString("id=\"callback-form\""))));
        long before = callBacks.count();
        long held = fixtures.count("help_callback_confirmation");
        mvc.perform(callBack().param("email", "nomail@example.org").header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("请登录后预约回电")));
        assertThat(callBacks.count()).isEqualTo(before);
        assertThat(fixtures.count("help_callback_confirmation")).as("nothing kept").isEqualTo(held);
    }

    @Test
    void membersStillFileAtOnce() throws Exception {
        Account member = fixtures.member();
        mvc.perform(get("/contact/callback").with(user(member.getUsername())).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("id=\"callback-form\"")))
                .andExpect(content().string(not(containsString("Please sign in to request a call back"))));
        long before = callBacks.count();
        mvc.perform(callBack().with(user(member.getUsername())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("filed"));
        assertThat(callBacks.count()).isEqualTo(before + 1);
    }

    private static MockHttpServletRequestBuilder callBack() {
        return post("/contact/callback").with(csrf()).param("phone", "13800138000").param("language", "en")
                .param("time", "EVENING").param("reason", "OTHER").param("description", "Please call me");
    }
}
