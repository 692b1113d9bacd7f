package io.switchboard.admin.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
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
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.guard.ExtraPattern;
import io.switchboard.core.guard.GuardAction;
import io.switchboard.core.guard.GuardDecision;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.guard.GuardOutcome;
import io.switchboard.core.guard.GuardRules;
import io.switchboard.core.guard.GuardSettings;
import io.switchboard.core.guard.GuardSubject;
import io.switchboard.core.guard.GuardUndo;
import io.switchboard.core.guard.GuardUndoException;
import io.switchboard.core.guard.Severity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's scam guard page: decisions with their rule and an undo, and the rules' lists as a form. */
@StaffApiTest
class GuardPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GuardDecisionRepository decisions;

    @Autowired
    GuardSettings settings;

    @Autowired
    StaffAudit audit;

    @MockitoBean
    GuardUndo undo;

    GuardDecision deleted;

    @BeforeEach
    void aDecisionAndRules() {
        decisions.deleteAllInBatch();
        deleted = GuardApiTest.decision("guard:telegram:9", GuardAction.DELETE, "link.lookalike",
                Instant.parse("2025-03-01T10:00:00Z"));
        deleted.recordOutcome(GuardOutcome.DONE, "message removed");
        deleted = decisions.save(deleted);
        settings.replace(new GuardRules(List.of("NovaEx"), List.of("Mia Zhang"), List.of("novaex.com"),
                List.of("NovaEx_Support"), List.of()), "setup");
    }

    private static RequestPostProcessor moderator() {
        return user("mod").roles("MODERATOR");
    }

    @Test
    void moderatorsSeeEachDecisionWithTheRuleThatFiredAndTheRules() throws Exception {
        mvc.perform(get("/console/guard").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("link.lookalike")))
                .andExpect(content().string(containsString("verify at novaex-verify.com")))
                .andExpect(content().string(containsString("Delete and warn")))
                .andExpect(content().string(containsString("data-undo=\"" + deleted.getId() + "\"")))
                .andExpect(content().string(containsString("Mia Zhang")));
        mvc.perform(get("/console/guard").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString("防诈骗守卫")));
    }

    @Test
    void rulesFindingsAndWhatWasDoneReadInTheReadersLanguage() throws Exception {
        GuardDecision muted = decisions.save(new GuardDecision("guard:forum:31", Channel.FORUM, "support", "forum:t:31",
                "forum:p:31", "member-31", "NovaEx Support Team", null, GuardSubject.NAME, "NovaEx Support Team",
                "name.brand", Severity.HIGH, String.join("\n",
                        "name.brand (high): the display name 'NovaEx Support Team' imitates NovaEx with a staff title",
                        "link.lookalike (high): the link to novaex-verify.com imitates novaex but is not one of the"
                                + " exchange's domains",
                        "message.secret-request (high): asks for a seed phrase or private key: \"send me your seed\"",
                        "custom.pig-butchering (medium): promises a sure profit, every week"),
                GuardAction.MUTE, Instant.parse("2025-03-01T11:00:00Z")));
        muted.recordRemoval("HIDDEN");
        muted.recordOutcome(GuardOutcome.FAILED, "not message removed: forum offers no hide for messages of forum:t:31;"
                + " not member muted for PT10M: Bad Request: not enough rights; ask an admin");
        muted.markUndone("mod", Instant.parse("2025-03-01T12:00:00Z"), "undone by mod: message shown again,"
                + " the deleted message cannot be restored on forum");
        decisions.save(muted);

        mvc.perform(get("/console/guard").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(containsString(">名字冒充品牌<")))
                .andExpect(content().string(containsString(">仿冒域名<")))
                .andExpect(content().string(containsString(
                        "名字冒充品牌（高）：显示名称“NovaEx Support Team”冒充 NovaEx，并带有员工头衔")))
                .andExpect(content().string(containsString(
                        "仿冒域名（高）：指向 novaex-verify.com 的链接仿冒 novaex，但不是交易所的域名")))
                .andExpect(content().string(containsString("索要助记词或私钥（高）：索要助记词或私钥：“send me your seed”")))
                // a manager's own pattern keeps the key and the explanation the manager wrote
                .andExpect(content().string(containsString("自定义模式：pig-butchering（中）：promises a sure profit, every week")))
                // a platform's own words stay as it said them, even holding the separator
                .andExpect(content().string(containsString("未完成：消息已移除（论坛在此处不支持“隐藏”）；"
                        + "未完成：成员已禁言 10 分钟（Bad Request: not enough rights; ask an admin）；"
                        + "由 mod 撤销：消息已重新显示，已删除的消息无法在 论坛 上恢复")))
                .andExpect(content().string(not(containsString("message removed"))))
                .andExpect(content().string(not(containsString("(high)"))));
        mvc.perform(get("/console/guard").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString(
                        "Look-alike domain (high): the link to novaex-verify.com imitates novaex but is not one of"
                                + " the exchange&#39;s domains")))
                .andExpect(content().string(containsString("not done: member muted for 10 min"
                        + " (Bad Request: not enough rights; ask an admin); undone by mod: message shown again,")));
    }

    @Test
    void savingTheFormReplacesTheListsOneEntryALine() throws Exception {
        mvc.perform(post("/console/guard/rules").with(moderator()).with(csrf())
                        .param("brandNames", "NovaEx\r\n  诺瓦 \r\n\r\n").param("staffNames", "Mia Zhang\nLeo Wang")
                        .param("allowedDomains", "novaex.com\nnovaex.io").param("allowedHandles", "NovaEx_Support"))
                .andExpect(redirectedUrl("/console/guard"))
                .andExpect(flash().attribute("notice", containsString("Rules saved")));
        GuardRules rules = settings.current().orElseThrow();
        assertThat(rules.brandNames()).containsExactly("NovaEx", "诺瓦");
        assertThat(rules.staffNames()).containsExactly("Mia Zhang", "Leo Wang");
        assertThat(rules.allowedDomains()).containsExactly("novaex.com", "novaex.io");
    }

    @Test
    void rulesThatCannotBeUsedAreRefusedWithTheReasonAndChangeNothing() throws Exception {
        mvc.perform(post("/console/guard/rules").with(moderator()).with(csrf())
                        .param("brandNames", "NovaEx").param("allowedDomains", "https://novaex.com/login"))
                .andExpect(redirectedUrl("/console/guard"))
                .andExpect(flash().attribute("error", containsString("is not a domain name")));
        mvc.perform(post("/console/guard/rules").with(moderator()).with(csrf()).param("brandNames", " "))
                .andExpect(flash().attribute("error", containsString("at least one brand name")));
        assertThat(settings.current().orElseThrow().allowedDomains()).containsExactly("novaex.com");
    }

    @Test
    void managersPatternsAreEditedOneALineAndTheChangeIsAudited() throws Exception {
        mvc.perform(post("/console/guard/rules").with(moderator()).with(csrf()).param("brandNames", "NovaEx")
                        .param("allowedDomains", "novaex.com")
                        .param("extraPatterns", "pig-butchering | message | medium | promises a sure profit"
                                + " | guaranteed (profit|returns)\r\n\r\n vip-desk | NAME | high |  | vip\\s*desk "))
                .andExpect(redirectedUrl("/console/guard"))
                .andExpect(flash().attribute("notice", containsString("Rules saved")));

        assertThat(settings.current().orElseThrow().extraPatterns()).containsExactly(
                new ExtraPattern("pig-butchering", ExtraPattern.Target.MESSAGE, "guaranteed (profit|returns)",
                        Severity.MEDIUM, "promises a sure profit"),
                new ExtraPattern("vip-desk", ExtraPattern.Target.NAME, "vip\\s*desk", Severity.HIGH, null));
        assertThat(audit.search(AuditQuery.action("guard.rules"), 0, 1).getContent()).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getActor()).isEqualTo("mod");
                    assertThat(entry.getBefore()).doesNotContain("pig-butchering");
                    assertThat(entry.getAfter()).contains("pig-butchering", "vip-desk");
                });
        mvc.perform(get("/console/guard").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString(
                        "pig-butchering | message | medium | promises a sure profit | guaranteed (profit|returns)\n"
                                + "vip-desk | name | high |  | vip\\s*desk</textarea>")));
    }

    @Test
    void aPatternThatIsNoValidRegexIsRefusedOnThePageAndChangesNothing() throws Exception {
        MvcResult refused = mvc.perform(post("/console/guard/rules").with(moderator()).with(csrf())
                        .param("brandNames", "NovaEx").param("allowedDomains", "novaex.com")
                        .param("extraPatterns", "profit | message | medium | sure profit | guaranteed (profit"))
                .andExpect(redirectedUrl("/console/guard"))
                .andExpect(flash().attribute("error", containsString(
                        "pattern \"profit\" is not a valid regular expression (Unclosed group)")))
                .andReturn();
        mvc.perform(get("/console/guard").with(moderator()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("Rules not saved")))
                .andExpect(content().string(containsString("guaranteed (profit</textarea>")));
        mvc.perform(post("/console/guard/rules").with(moderator()).with(csrf())
                        .param("brandNames", "NovaEx").param("extraPatterns", "\nprofit | message | guaranteed"))
                .andExpect(flash().attribute("error", containsString(
                        "line 2: write key | on | severity | explanation | regex")));
        mvc.perform(post("/console/guard/rules").with(moderator()).with(csrf())
                        .param("brandNames", "NovaEx").param("extraPatterns", "profit | messages | low | | profit"))
                .andExpect(flash().attribute("error", containsString("\"on\" is message or name, not \"messages\"")));

        assertThat(settings.current().orElseThrow().extraPatterns()).isEmpty();
        assertThat(audit.search(AuditQuery.action("guard.rules"), 0, 1).getContent()).singleElement()
                .satisfies(entry -> assertThat(entry.getActor()).isEqualTo("setup"));
    }

    @Test
    void undoGoesThroughTheGuardAndARefusalIsShown() throws Exception {
        given(undo.undo(deleted.getId(), "mod")).willReturn(deleted)
                .willThrow(GuardUndoException.undoneAlready(deleted.getId(), "mod"));
        mvc.perform(post("/console/guard/decisions/{id}/undo", deleted.getId()).with(moderator()).with(csrf()))
                .andExpect(redirectedUrl("/console/guard#decision-" + deleted.getId()))
                .andExpect(flash().attribute("notice", containsString("undone")));
        mvc.perform(post("/console/guard/decisions/{id}/undo", deleted.getId()).with(moderator()).with(csrf()))
                .andExpect(flash().attribute("error", "Not undone: it was undone already by mod."));
    }

    @Test
    void aFailedUndoReadsInTheReadersLanguageAndKeepsThePlatformsOwnWords() throws Exception {
        given(undo.undo(deleted.getId(), "mod"))
                .willThrow(GuardUndoException.undoneAlready(deleted.getId(), "dana"))
                .willThrow(GuardUndoException.platform(Channel.TELEGRAM, deleted.getId(),
                        "Bad Request: not enough rights", null));
        mvc.perform(post("/console/guard/decisions/{id}/undo", deleted.getId()).with(moderator()).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(flash().attribute("error", "未能撤销：该处理已由 dana 撤销。"));
        mvc.perform(post("/console/guard/decisions/{id}/undo", deleted.getId()).with(moderator()).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(flash().attribute("error", "未能撤销：Telegram未能解除该操作：Bad Request: not enough rights"));
    }

    @Test
    void aRefusedPatternLineReadsInTheReadersLanguageWithWhatTheManagerWrote() throws Exception {
        mvc.perform(post("/console/guard/rules").with(moderator()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh")
                        .param("brandNames", "NovaEx").param("extraPatterns", "profit | messages | low | | profit"))
                .andExpect(flash().attribute("error", "规则未保存：模式第 1 行：对象须为 message（消息）或 name（名字），而不是“messages”。"));
        mvc.perform(post("/console/guard/rules").with(moderator()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh")
                        .param("brandNames", "NovaEx").param("allowedDomains", "https://novaex.com/login"))
                .andExpect(flash().attribute("error", "规则未保存：“https://novaex.com/login”不是域名：请写 novaex.com，不要带 https:// 或路径。"));
        mvc.perform(post("/console/guard/rules").with(moderator()).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "zh")
                        .param("brandNames", "NovaEx").param("extraPatterns", "a | message | low | | x\nb_key | name | high | | y"))
                .andExpect(flash().attribute("error", "规则未保存：模式键“b_key”须为 1 到 50 个 a-z、0-9 或 - 字符。"));
        assertThat(settings.current().orElseThrow().allowedDomains()).containsExactly("novaex.com");
    }

    @Test
    void agentsAreKeptOutAndFormsNeedTheirToken() throws Exception {
        mvc.perform(get("/console/guard").with(user("agent").roles("AGENT")))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl(ConsolePages.DENIED));
        mvc.perform(post("/console/guard/rules").with(moderator()).param("brandNames", "Evil"))
                .andExpect(status().isForbidden());
        assertThat(settings.current().orElseThrow().brandNames()).containsExactly("NovaEx");
        mvc.perform(get("/console/guard").with(moderator()))
                .andExpect(content().string(not(containsString("Evil"))));
    }
}
