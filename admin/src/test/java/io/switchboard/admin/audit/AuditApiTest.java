package io.switchboard.admin.audit;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static io.switchboard.admin.support.TestData.T0;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** What staff change through the API is in {@code GET /api/audit}, for admins, filtered and newest first. */
@StaffApiTest
class AuditApiTest {

    static final String AGENT = "audited-agent";
    static final String AGENT_PASSWORD = "audited-agent-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    Ticket ticket;

    @BeforeEach
    void aTicketAndAnAgent() {
        data.reset();
        ticket = data.ticket(null, "Withdrawal stuck", TicketStatus.NEW, T0);
        accounts.syncStaff(AGENT, AccountRole.AGENT, encoder.encode(AGENT_PASSWORD), stored -> true);
    }

    @Test
    void aTicketChangeIsAuditedWithWhoAndBeforeAndAfter() throws Exception {
        mvc.perform(patch("/api/tickets/{ref}", ticket.getNumber()).with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"OPEN\", \"assignee\": \"" + AGENT + "\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/audit").param("targetType", "ticket").param("targetId", ticket.getNumber())
                        .with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[*].action").value(contains("ticket.assign", "ticket.status")))
                .andExpect(jsonPath("$.content[*].actor").value(contains("admin", "admin")))
                .andExpect(jsonPath("$.content[0].before").value("{\"assignee\":null}"))
                .andExpect(jsonPath("$.content[0].after").value("{\"assignee\":\"" + AGENT + "\"}"))
                .andExpect(jsonPath("$.content[1].before").value("{\"status\":\"NEW\"}"))
                .andExpect(jsonPath("$.content[1].after").value("{\"status\":\"OPEN\"}"));
    }

    @Test
    void aRefusedChangeLeavesNoLine() throws Exception {
        mvc.perform(patch("/api/tickets/{ref}", ticket.getNumber()).with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"priority\": \"URGENT\", \"assignee\": \"ghost\"}"))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/api/audit").param("targetId", ticket.getNumber()).with(staff()))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void agentsAndVipChangesAreAuditedAndTheFamilyFilterFindsThem() throws Exception {
        mvc.perform(put("/api/agents/{username}", AGENT).with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skills\": [\"TRADING\"], \"capacity\": 2}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/agents/{username}/online", AGENT).with(httpBasic(AGENT, AGENT_PASSWORD)))
                .andExpect(status().isOk());
        long member = data.member(Channel.TELEGRAM, "4242", "Whale", "whale", false).getId();
        mvc.perform(put("/api/members/{id}/vip", member).with(staff()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"vip\": true}")).andExpect(status().isOk());

        mvc.perform(get("/api/audit").param("action", "agent").param("targetId", AGENT).with(staff()))
                .andExpect(jsonPath("$.content[*].action").value(contains("agent.presence", "agent.profile")))
                .andExpect(jsonPath("$.content[0].actor").value(AGENT))
                .andExpect(jsonPath("$.content[0].after").value("{\"online\":true}"))
                .andExpect(jsonPath("$.content[1].after").value("{\"skills\":[\"TRADING\"],\"capacity\":2}"));
        mvc.perform(get("/api/audit").param("action", "member.vip").param("targetId", String.valueOf(member))
                        .with(staff()))
                .andExpect(jsonPath("$.content[0].before").value("{\"vip\":false}"))
                .andExpect(jsonPath("$.content[0].after").value("{\"vip\":true}"));
        mvc.perform(get("/api/audit").param("actor", AGENT.toUpperCase()).param("action", "agent").with(staff()))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/audit").param("targetId", AGENT).param("action", "agen").with(staff()))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void aStaffAccountsFailedSignInIsAuditedWithTheNameTried() throws Exception {
        mvc.perform(get("/api/threads").with(httpBasic(AGENT, "not-the-password"))).andExpect(status().isUnauthorized());

        mvc.perform(get("/api/audit").param("action", "sign-in").param("actor", AGENT).with(staff()))
                .andExpect(jsonPath("$.content[0].action").value("sign-in.failed"))
                .andExpect(jsonPath("$.content[0].targetType").value("account"))
                .andExpect(jsonPath("$.content[0].reason").value("wrong user name or password"));
    }

    @Test
    void aForumMembersSignInsAreNotTheStaffsBusinessButAnUnknownNameIs() throws Exception {
        data.forumMember("audit-member", "audit-member-password");
        mvc.perform(get("/api/threads").with(httpBasic("audit-member", "typo"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/threads").with(httpBasic("nobody-at-all", "guess"))).andExpect(status().isUnauthorized());

        mvc.perform(get("/api/audit").param("actor", "audit-member").with(staff()))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/audit").param("actor", "nobody-at-all").with(staff()))
                .andExpect(jsonPath("$.content[0].action").value("sign-in.failed"));
    }

    @Test
    void aPeriodFiltersAndBadDatesAreRefused() throws Exception {
        Instant before = Instant.now();
        mvc.perform(patch("/api/tickets/{ref}", ticket.getNumber()).with(staff()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"priority\": \"LOW\"}")).andExpect(status().isOk());

        mvc.perform(get("/api/audit").param("targetId", ticket.getNumber()).param("from", before.toString())
                        .with(staff()))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/audit").param("targetId", ticket.getNumber()).param("to", "2020-01-01T00:00:00Z")
                        .with(staff()))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/audit").param("from", "yesterday").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from")
                        .value("must be an instant (2026-12-01T08:00:00Z) or a date (2026-12-01), not 'yesterday'"));
        mvc.perform(get("/api/audit").param("from", "2026-12-02").param("to", "2026-11-30").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").value("must not be before from"));
        mvc.perform(get("/api/audit").param("page", "-1").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.page").value("must be 0 or more"));
    }
}
