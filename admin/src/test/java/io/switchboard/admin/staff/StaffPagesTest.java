package io.switchboard.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's staff and audit pages: admins only, forms with their CSRF token, answers in zh and en. */
@StaffApiTest
class StaffPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    TestData data;

    private static RequestPostProcessor admin() {
        return user(StaffApiTest.USERNAME).roles("ADMIN");
    }

    @Test
    void anAdminCreatesAnAccountFromTheFormAndSeesItListedAndAudited() throws Exception {
        mvc.perform(post("/console/admin/staff").with(admin()).with(csrf())
                        .param("username", "page-agent").param("displayName", "Page Agent").param("role", "agent")
                        .param("password", "page-agent-password"))
                .andExpect(redirectedUrl("/console/admin/staff"))
                .andExpect(flash().attribute("done", "console.staff.done.created"))
                .andExpect(flash().attribute("account", "page-agent"));

        mvc.perform(get("/console/admin/staff").with(admin()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-account=\"page-agent\"")))
                .andExpect(content().string(containsString("Page Agent")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/console/admin/audit").param("action", "account").param("targetId", "page-agent")
                        .with(admin()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审计日志")))
                .andExpect(content().string(stringContainsInOrder("创建账号", "账号 page-agent",
                        "显示名称：Page Agent; 角色：客服; 已启用：是")))
                .andExpect(content().string(not(containsString("{&quot;"))))
                .andExpect(content().string(not(containsString("\"role\""))));
        assertThat(accounts.findStaff("page-agent").orElseThrow().getRole()).isEqualTo(AccountRole.AGENT);
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndCreatesNothing() throws Exception {
        mvc.perform(post("/console/admin/staff").with(admin())
                        .param("username", "no-token").param("role", "agent").param("password", "no-token-password"))
                .andExpect(status().isForbidden());

        assertThat(accounts.find("no-token")).isEmpty();
    }

    @Test
    void refusalsComeBackToTheListInTheReadersLanguage() throws Exception {
        mvc.perform(post("/console/admin/staff").with(admin()).with(csrf())
                        .param("username", "short-one").param("role", "agent").param("password", "short"))
                .andExpect(flash().attribute("problem", "console.staff.error.password-too-short"));
        mvc.perform(post("/console/admin/staff/{u}/enabled", StaffApiTest.USERNAME).with(admin()).with(csrf())
                        .param("enabled", "false"))
                .andExpect(flash().attribute("problem", "console.staff.refused.own-account"));

        mvc.perform(get("/console/admin/staff").with(admin()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")
                        .flashAttr("problem", "console.staff.refused.own-account"))
                .andExpect(content().string(containsString("不能停用自己的账号")));
        assertThat(accounts.find("short-one")).isEmpty();
        assertThat(accounts.findStaff(StaffApiTest.USERNAME)).isPresent();
    }

    @Test
    void anAdminDisablesAndResetsAnotherAccount() throws Exception {
        data.staff("page-moderator", AccountRole.MODERATOR, "page-moderator-password");

        mvc.perform(post("/console/admin/staff/{u}/role", "page-moderator").with(admin()).with(csrf())
                        .param("role", "agent"))
                .andExpect(flash().attribute("done", "console.staff.done.roleChanged"));
        mvc.perform(post("/console/admin/staff/{u}/enabled", "page-moderator").with(admin()).with(csrf())
                        .param("enabled", "false"))
                .andExpect(flash().attribute("done", "console.staff.done.disabled"));
        mvc.perform(post("/console/admin/staff/{u}/password", "page-moderator").with(admin()).with(csrf())
                        .param("password", "another-long-password"))
                .andExpect(flash().attribute("done", "console.staff.done.passwordReset"));

        assertThat(accounts.find("page-moderator").orElseThrow().isEnabled()).isFalse();
        assertThat(accounts.find("page-moderator").orElseThrow().getRole()).isEqualTo(AccountRole.AGENT);
    }

    @Test
    void aBadDateIsSaidNotSearched() throws Exception {
        mvc.perform(get("/console/admin/audit").param("from", "someday").with(admin())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The start date is not a date")))
                .andExpect(content().string(containsString("value=\"someday\"")));
    }

    @Test
    void agentsAndModeratorsGetTheDeniedPage() throws Exception {
        for (String role : new String[] {"AGENT", "MODERATOR"}) {
            data.staff("page-" + role, AccountRole.valueOf(role), "page-" + role + "-password");
            mvc.perform(get("/console/admin/audit").with(user("page-" + role).roles(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(forwardedUrl(ConsolePages.DENIED));
            mvc.perform(post("/console/admin/staff").with(user("page-" + role).roles(role)).with(csrf())
                            .param("username", "by-" + role).param("role", "admin").param("password", "sneaky-password-1"))
                    .andExpect(status().isForbidden());
        }
        assertThat(accounts.find("by-agent")).isEmpty();
    }
}
