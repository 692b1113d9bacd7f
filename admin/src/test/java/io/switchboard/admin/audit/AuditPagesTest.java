package io.switchboard.admin.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log page words stored states (JSON, and the forum's "name=value" lists) value by value, in the reader's language. */
@StaffApiTest
class AuditPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAudit audit;

    @Test
    void anAnnouncementsCategoryAndChannelsAreWorded() throws Exception {
        audit.record("audit-manager", "announcement.publish", AuditTarget.of("announcement", 4102), null,
                StaffAudit.state("category", "NEW_LISTING", "channels", List.of("FORUM", "TELEGRAM")));
        mvc.perform(get("/console/admin/audit").param("actor", "audit-manager")
                        .with(user(StaffApiTest.USERNAME).roles("ADMIN")).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(content().string(containsString("类别：新币上线; 渠道：论坛, Telegram")))
                .andExpect(content().string(not(containsString("NEW_LISTING"))))
                .andExpect(content().string(not(containsString("FORUM"))));
    }

    @Test
    void aForumStateIsWordedPairByPairWithoutCuttingAValueAtItsCommas() throws Exception {
        audit.record("audit-mod", "forum.topic-lock", AuditTarget.of("forum-topic", "4101"), "spam, twice",
                "board=general, locked=false, pinned=false", "reason=spam, scam links, again, locked=true");
        audit.record("audit-mod", "forum.member-silence", AuditTarget.of("account", "audit-member"), "flooding",
                "silencedUntil=null, bannedUntil=null", "silencedUntil=2026-12-08T10:00:00Z, bannedUntil=null");
        mvc.perform(get("/console/admin/audit").param("actor", "audit-mod")
                        .with(user(StaffApiTest.USERNAME).roles("ADMIN")).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(content().string(containsString("版块：general; 已锁定：否; 已置顶：否")))
                .andExpect(content().string(containsString("原因：spam, scam links, again; 已锁定：是")))
                .andExpect(content().string(containsString("禁言至：2026-12-08 10:00:00 UTC; 封禁至：—")))
                .andExpect(content().string(not(containsString("locked=true"))))
                .andExpect(content().string(not(containsString("2026-12-08T10:00:00Z"))));
    }
}
