package io.switchboard.admin.ticket;

import static io.switchboard.admin.support.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.audit.StaffAuditEntry;
import io.switchboard.core.callback.CallBackReason;
import io.switchboard.core.callback.CallBackRequest;
import io.switchboard.core.callback.CallBackRequestRepository;
import io.switchboard.core.callback.CallLogRepository;
import io.switchboard.core.callback.CallOutcome;
import io.switchboard.core.callback.CallTime;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The phone queue in the console: a call-back's number is masked in the ticket list and whole on its ticket, the
 * list filters to the phone queue, and the agent logs calls on the ticket (listed with who and when, in the
 * history and the audit log; a bad duration or overlong notes are refused with why).
 */
@StaffApiTest
class CallBackConsoleTest {

    private static final RequestPostProcessor AGENT = user("call-agent").roles("AGENT");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CallBackRequestRepository callBacks;

    @Autowired
    CallLogRepository calls;

    @Autowired
    TicketRepository tickets;

    @Autowired
    StaffAudit audit;

    Ticket callBack;
    Ticket other;

    @BeforeEach
    void aCallBackAndAnOrdinaryTicket() {
        data.reset();
        data.staff("call-agent", AccountRole.AGENT, "agent-password-1");
        Member web = data.member(Channel.WEB, "visitor:li@example.com", "li@example.com", null, false);
        callBack = data.ticket(data.thread(web, "request:901", ThreadStatus.ESCALATED, T0, T0),
                "Call back: Account security emergency", TicketStatus.NEW, T0);
        callBacks.save(new CallBackRequest("request:901", "+8613800138000", "zh", CallTime.EVENING,
                CallBackReason.SECURITY_EMERGENCY, T0));
        other = data.ticket(data.thread(web, "request:902", ThreadStatus.ESCALATED, T0, T0),
                "Deposit missing", TicketStatus.NEW, T0.plusSeconds(10));
    }

    @Test
    void theListMasksTheNumberAndFiltersToThePhoneQueue() throws Exception {
        mvc.perform(get("/console/tickets").with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("☎ +86 138 **** 8000")))
                .andExpect(content().string(not(containsString("0013"))))
                .andExpect(content().string(containsString("Phone queue")))
                .andExpect(content().string(containsString("Deposit missing")));
        mvc.perform(get("/console/tickets").param("phone", "true").with(AGENT))
                .andExpect(content().string(containsString("Call back: Account security emergency")))
                .andExpect(content().string(not(containsString("Deposit missing"))));
        mvc.perform(get("/console/tickets").with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(content().string(containsString("电话队列")));
        mvc.perform(get("/api/tickets").param("phone", "true").with(StaffApiTest.Credentials.staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].number").value(contains(callBack.getNumber())));
    }

    @Test
    void theInboxShowsTheCallBacksNumberMaskedBesideTheMember() throws Exception {
        mvc.perform(get("/console/inbox").with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("li@example.com", "☎ +86 138 **** 8000")))
                .andExpect(content().string(not(containsString("0013"))));
    }

    @Test
    void theTicketShowsTheWholeNumberAndTheMembersChoices() throws Exception {
        mvc.perform(get("/console/tickets/" + callBack.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"tel:+8613800138000\"")))
                .andExpect(content().string(containsString("+86 138 0013 8000")))
                .andExpect(content().string(stringContainsInOrder("Account security emergency", "Chinese",
                        "Evening (18:00-21:00)", "No call logged yet.", "Log the call")));
        mvc.perform(get("/console/tickets/" + other.getNumber()).with(AGENT))
                .andExpect(content().string(not(containsString("id=\"ticket-call-back\""))));
    }

    @Test
    void theAgentLogsACallListedWithWhoAndWhenInTheHistoryAndTheAuditLog() throws Exception {
        mvc.perform(post("/console/tickets/" + callBack.getNumber() + "/calls").with(AGENT).with(csrf())
                        .param("outcome", "REACHED").param("minutes", " 7 ").param("notes", "Froze the account; 2FA reset"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/tickets/" + callBack.getNumber()));
        mvc.perform(get("/console/tickets/" + callBack.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("id=\"call-log\"", "call-agent", "Reached", "7",
                        "Froze the account; 2FA reset")))
                .andExpect(content().string(stringContainsInOrder("id=\"ticket-history\"", "Call", "Reached, 7 min")));
        assertThat(calls.findAll()).singleElement().satisfies(call -> {
            assertThat(call.getOutcome()).isEqualTo(CallOutcome.REACHED);
            assertThat(call.getLoggedBy()).isEqualTo("call-agent");
        });
        assertThat(tickets.findById(callBack.getId()).orElseThrow().getRespondedAt()).as("reaching the member responds")
                .isNotNull();
        StaffAuditEntry entry = audit.search(AuditQuery.action("ticket.call"), 0, 1).getContent().get(0);
        assertThat(entry.getActor()).isEqualTo("call-agent");
        assertThat(entry.getTargetId()).isEqualTo(callBack.getNumber());
        assertThat(entry.getAfter()).contains("REACHED", "7", "2FA reset");
    }

    @Test
    void aBadDurationOrOverlongNotesAreRefusedWithWhy() throws Exception {
        mvc.perform(post("/console/tickets/" + callBack.getNumber() + "/calls").with(AGENT).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").param("outcome", "NO_ANSWER").param("minutes", "ten"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The call&#39;s duration must be a number of minutes from 0 to 600.")));
        mvc.perform(post("/console/tickets/" + callBack.getNumber() + "/calls").with(AGENT).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").param("outcome", "NO_ANSWER").param("minutes", "601"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("通话时长必须是 0 到 600 之间的分钟数。")));
        mvc.perform(post("/console/tickets/" + callBack.getNumber() + "/calls").with(AGENT).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").param("outcome", "WRONG_NUMBER").param("minutes", "1")
                        .param("notes", "x".repeat(2001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The notes are too long: at most 2,000 characters.")));
        mvc.perform(post("/console/tickets/" + callBack.getNumber() + "/calls").with(AGENT)
                        .param("outcome", "REACHED").param("minutes", "3"))
                .andExpect(status().isForbidden());
        assertThat(calls.findAll()).as("nothing refused was stored").isEmpty();
    }
}
