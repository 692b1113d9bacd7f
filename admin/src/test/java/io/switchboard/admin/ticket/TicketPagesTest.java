package io.switchboard.admin.ticket;

import static io.switchboard.admin.support.TestData.T0;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's ticket pages: the list and its filters, one ticket, and every form that changes it. */
@StaffApiTest
class TicketPagesTest {

    private static final RequestPostProcessor AGENT = user("page-agent").roles("AGENT");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TicketRepository tickets;

    @Autowired
    MemberRepository members;

    Member alice;
    SupportThread thread;
    Ticket withdrawal;
    Ticket campaign;

    @BeforeEach
    void twoTickets() {
        data.reset();
        data.staff("page-agent", AccountRole.AGENT, "agent-password-1");
        data.staff("page-dana", AccountRole.AGENT, "agent-password-2");
        alice = data.member(Channel.TELEGRAM, "8001", "Alice Chen", "alice", false);
        thread = data.thread(alice, "tg:-100:8001", ThreadStatus.ESCALATED, T0, T0.plusSeconds(60));
        data.message(thread, Direction.IN, "m1", "My withdrawal is stuck since Monday", null, T0);
        withdrawal = data.ticket(thread, "Withdrawal stuck", TicketStatus.NEW, T0);
        withdrawal.scheduleTargets(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(24)));
        withdrawal.markFirstResponseBreached(T0.plus(Duration.ofHours(1)), "admin");
        tickets.save(withdrawal);
        campaign = new Ticket(null, "Campaign reward missing", TicketCategory.CAMPAIGNS, TicketPriority.LOW,
                "opened-by-hand", T0.plusSeconds(30));
        campaign.assignTo("page-dana", T0.plusSeconds(30));
        campaign.markVip(TicketPriority.URGENT, T0.plusSeconds(30));
        campaign = tickets.save(campaign);
    }

    @Test
    void theListShowsEachTicketsFactsNewestFirst() throws Exception {
        mvc.perform(get("/console/tickets").with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("Campaign reward missing", "Withdrawal stuck")))
                .andExpect(content().string(containsString(withdrawal.getNumber())))
                .andExpect(content().string(containsString("Deposit and withdrawal")))
                .andExpect(content().string(containsString("page-dana")))
                .andExpect(content().string(containsString("Unassigned")))
                .andExpect(content().string(containsString("class=\"badge vip\"")))
                .andExpect(content().string(containsString("breached")))
                .andExpect(content().string(containsString("data-live")));
        mvc.perform(get("/console/tickets").with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(content().string(containsString("充值与提现")))
                .andExpect(content().string(containsString("已超时")));
    }

    @Test
    void theListFiltersAndOrdersLikeTheQueue() throws Exception {
        expectOnly(get("/console/tickets").param("assignee", "none"), "Withdrawal stuck", "Campaign reward missing");
        expectOnly(get("/console/tickets").param("assignee", "page-dana"), "Campaign reward missing", "Withdrawal stuck");
        expectOnly(get("/console/tickets").param("vip", "true"), "Campaign reward missing", "Withdrawal stuck");
        expectOnly(get("/console/tickets").param("breached", "true"), "Withdrawal stuck", "Campaign reward missing");
        expectOnly(get("/console/tickets").param("category", "CAMPAIGNS"), "Campaign reward missing", "Withdrawal stuck");
        expectOnly(get("/console/tickets").param("priority", "HIGH"), "Withdrawal stuck", "Campaign reward missing");
        expectOnly(get("/console/tickets").param("status", "NEW"), "Withdrawal stuck", "zzz-not-a-subject");
        mvc.perform(get("/console/tickets").param("assignee", "me").with(user("page-dana").roles("AGENT")))
                .andExpect(content().string(containsString("Campaign reward missing")))
                .andExpect(content().string(not(containsString("Withdrawal stuck"))));
        // Queue order: the VIP's ticket first although it is newer.
        mvc.perform(get("/console/tickets").param("order", "QUEUE").with(AGENT))
                .andExpect(content().string(stringContainsInOrder("Campaign reward missing", "Withdrawal stuck")));
        campaign.assignTo(null, T0);
        Ticket urgent = new Ticket(thread, "Account hacked", TicketCategory.ACCOUNT_SECURITY, TicketPriority.URGENT,
                "human-requested", T0.plusSeconds(90));
        tickets.save(urgent);
        mvc.perform(get("/console/tickets").param("order", "QUEUE").with(AGENT))
                .andExpect(content().string(stringContainsInOrder("Campaign reward missing", "Account hacked",
                        "Withdrawal stuck")));
    }

    @Test
    void theListPages() throws Exception {
        mvc.perform(get("/console/tickets").param("size", "1").with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andExpect(content().string(containsString("page=1")))
                .andExpect(content().string(not(containsString("Withdrawal stuck"))));
    }

    @Test
    void anAnsweredTicketShowsWhenItWasAnsweredNotTheFirstResponseDueTime() throws Exception {
        mvc.perform(get("/console/tickets/" + withdrawal.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("First response", "03-01 11:00 UTC", "breached")));

        withdrawal.markResponded(T0.plus(Duration.ofMinutes(90)));
        tickets.save(withdrawal);

        mvc.perform(get("/console/tickets/" + withdrawal.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("Answered", "03-01 11:30 UTC", "late")))
                .andExpect(content().string(not(containsString("03-01 11:00 UTC"))));
        mvc.perform(get("/console/tickets").with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(stringContainsInOrder("Withdrawal stuck", "已响应", "03-01 11:30 UTC")))
                .andExpect(content().string(not(containsString("03-01 11:00 UTC"))));
    }

    @Test
    void theHistoryIsWordedInTheReadersLanguageNotInStoredCodes() throws Exception {
        data.ticketEvent(withdrawal, T0, "system", "created",
                "reason: human-requested; suggestions: deposit-wrong-network (0.99)");
        data.ticketEvent(withdrawal, T0.plusSeconds(1), "system", "vip", "VIP member; priority NORMAL -> HIGH");
        data.ticketEvent(withdrawal, T0.plusSeconds(2), "page-agent", "category-changed", "OTHER -> DEPOSIT_WITHDRAWAL");
        data.ticketEvent(withdrawal, T0.plusSeconds(3), "system", "assigned", "page-dana -> nobody (page-dana went offline)");
        data.ticketEvent(withdrawal, T0.plusSeconds(4), "system", "response-timeout", "page-dana did not respond within PT10M");
        data.ticketEvent(withdrawal, T0.plusSeconds(5), "system", "sla-breach",
                "first response was due 2025-03-01T11:00:00Z; escalated to admin");
        data.ticketEvent(withdrawal, T0.plusSeconds(6), "forum:alice", "resolved", "answer accepted in forum topic 12 (post 34)");
        data.ticketEvent(withdrawal, T0.plusSeconds(7), "system", "reply-not-delivered",
                "not sent: PT2H30M old, over the telegram limit of PT2H");

        mvc.perform(get("/console/tickets/" + withdrawal.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder(
                        "系统", "创建", "用户要求人工；建议文章：deposit-wrong-network (0.99)",
                        "系统", "VIP 会员；优先级 普通 → 高",
                        "page-agent", "类别", "其他 → 充值与提现",
                        "系统", "未分配", "page-dana 已下线",
                        "page-dana 未在 10 分钟内响应",
                        "首次响应应于 2025-03-01 11:00 UTC 完成；已升级给 admin",
                        "alice（论坛）", "已解决", "会员在论坛主题 12 中采纳了答案（帖子 34）",
                        "系统", "回复未送达", "未发送：已过 150 分钟，超过Telegram的 120 分钟时限，已转人工。")))
                .andExpect(content().string(not(containsString(">system<"))))
                .andExpect(content().string(not(containsString("NORMAL →"))))
                .andExpect(content().string(not(containsString("human-requested"))))
                .andExpect(content().string(not(containsString("reason:"))));
        mvc.perform(get("/console/tickets/" + withdrawal.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("Switchboard", "Opened",
                        "The member asked for a person; suggested articles: deposit-wrong-network (0.99)",
                        "VIP member; priority Normal → High", "page-dana did not respond within 10 min",
                        "First response was due 2025-03-01 11:00 UTC; escalated to admin")));
    }

    @Test
    void aRequestFiledThroughTheHelpCenterShowsItsFieldsAndTheArticlesItWasShownInWords() throws Exception {
        data.ticketEvent(withdrawal, T0, "system", "created", "reason: request-filed; suggestions: deposit-missing (0.41); "
                + "TXID: 0xabc123; coin: USDT; from article: deposit-missing; suggested: deposit-missing, withdrawal-pending");

        mvc.perform(get("/console/tickets/" + withdrawal.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("Filed through the help center&#39;s request form",
                        "suggested articles: deposit-missing (0.41)", "TXID: 0xabc123", "coin: USDT",
                        "filed from the article: deposit-missing",
                        "articles shown with the form: deposit-missing, withdrawal-pending")));
        mvc.perform(get("/console/tickets/" + withdrawal.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(stringContainsInOrder("通过帮助中心的请求表单提交", "建议文章：deposit-missing (0.41)",
                        "TXID：0xabc123", "币种：USDT", "来自文章：deposit-missing")))
                .andExpect(content().string(not(containsString("request-filed"))));
    }

    @Test
    void aTicketOpenedByAPressSaysWhichButtonUnderWhichAnswer() throws Exception {
        data.ticketEvent(withdrawal, T0, "system", "created", "reason: answer-rejected; suggestions: 2fa-setup (0.93)");
        data.ticketEvent(withdrawal, T0.plusSeconds(1), "member", "member-choice",
                "pressed NO under the answer 2fa-setup (0.93)");
        data.ticketEvent(withdrawal, T0.plusSeconds(2), "member", "member-choice",
                "pressed HUMAN under the offer withdrawal-pending, withdrawal-fee (0.41)");

        mvc.perform(get("/console/tickets/" + withdrawal.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder(
                        "The member said the bot&#39;s answer did not solve it; suggested articles: 2fa-setup (0.93)",
                        "Member", "Member pressed", "No under the answer 2fa-setup (confidence 0.93)",
                        "Talk to a human under the offer withdrawal-pending, withdrawal-fee (confidence 0.41)")));
        mvc.perform(get("/console/tickets/" + withdrawal.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(stringContainsInOrder("会员表示机器人的回答没有解决问题",
                        "会员点按", "在回答 2fa-setup 下点了“没有”（置信度 0.93）")))
                .andExpect(content().string(not(containsString("pressed NO"))));
    }

    @Test
    void theViewShowsFieldsMessagesHistoryAndOnlyTheAllowedMoves() throws Exception {
        data.ticketEvent(withdrawal, T0, "system", "created", "escalated");
        mvc.perform(get("/console/tickets/" + withdrawal.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Withdrawal stuck")))
                .andExpect(content().string(containsString("My withdrawal is stuck since Monday")))
                .andExpect(content().string(containsString("/console/threads/" + thread.getId())))
                .andExpect(content().string(containsString("Alice Chen")))
                .andExpect(content().string(containsString("escalated")))
                .andExpect(content().string(containsString("<option value=\"OPEN\">Open</option>")))
                .andExpect(content().string(containsString("<option value=\"RESOLVED\">Resolved</option>")))
                .andExpect(content().string(not(containsString("<option value=\"CLOSED\">Closed</option>"))))
                .andExpect(content().string(containsString("Assign to me")));
    }

    @Test
    void assignToMeAndResolveAreRecordedAsTheSignedInUser() throws Exception {
        mvc.perform(change(withdrawal).param("assignee", "me"))
                .andExpect(redirectedUrl("/console/tickets/" + withdrawal.getNumber()))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(change(withdrawal).param("status", "RESOLVED"))
                .andExpect(redirectedUrl("/console/tickets/" + withdrawal.getNumber()));
        Ticket after = tickets.findById(withdrawal.getId()).orElseThrow();
        assertThat(after.getAssignee()).isEqualTo("page-agent");
        assertThat(after.getStatus()).isEqualTo(TicketStatus.RESOLVED);
        mvc.perform(get("/console/tickets/" + withdrawal.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("page-agent", "Assignee", "Unassigned → page-agent",
                        "page-agent", "Status", "New → Resolved")));
        mvc.perform(get("/console/tickets/" + withdrawal.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "zh"))
                .andExpect(content().string(stringContainsInOrder("page-agent", "处理人", "未分配 → page-agent",
                        "page-agent", "状态", "新建 → 已解决")));
    }

    @Test
    void priorityCategoryAndAnotherAssigneeChange() throws Exception {
        mvc.perform(change(withdrawal).param("priority", "URGENT")).andExpect(status().isFound());
        mvc.perform(change(withdrawal).param("category", "TRADING")).andExpect(status().isFound());
        mvc.perform(change(withdrawal).param("assignee", "page-dana")).andExpect(status().isFound());
        Ticket after = tickets.findById(withdrawal.getId()).orElseThrow();
        assertThat(after.getPriority()).isEqualTo(TicketPriority.URGENT);
        assertThat(after.getCategory()).isEqualTo(TicketCategory.TRADING);
        assertThat(after.getAssignee()).isEqualTo("page-dana");
        mvc.perform(change(campaign).param("assignee", "none")).andExpect(status().isFound());
        assertThat(tickets.findById(campaign.getId()).orElseThrow().getAssignee()).isNull();
    }

    @Test
    void aMoveTheWorkflowRefusesIsShownWithA409AndChangesNothing() throws Exception {
        mvc.perform(change(withdrawal).param("status", "CLOSED").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString(withdrawal.getNumber() + " is New and cannot move to Closed")));
        mvc.perform(change(withdrawal).param("status", "CLOSED").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("当前为新建，不能变更为已关闭")));
        assertThat(tickets.findById(withdrawal.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void anAssigneeWhoIsNotStaffIsShownAndChangesNothing() throws Exception {
        mvc.perform(change(withdrawal).param("assignee", "mallory").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&#39;mallory&#39; is not a staff account.")));
        assertThat(tickets.findById(withdrawal.getId()).orElseThrow().getAssignee()).isNull();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/console/tickets/" + withdrawal.getNumber() + "/change").param("status", "OPEN").with(AGENT))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/tickets").param("subject", "x").param("category", "OTHER")
                        .param("priority", "LOW").with(AGENT))
                .andExpect(status().isForbidden());
        assertThat(tickets.findById(withdrawal.getId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.NEW);
        assertThat(tickets.count()).isEqualTo(2);
    }

    @Test
    void strangersAreSentToSignIn() throws Exception {
        mvc.perform(get("/console/tickets")).andExpect(redirectedUrlPattern("**/console/login"));
    }

    @Test
    void aTicketOpenedByHandIsRecordedAsTheSignedInUser() throws Exception {
        mvc.perform(get("/console/tickets/new").with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thread number (optional)")));
        mvc.perform(post("/console/tickets").with(AGENT).with(csrf()).param("subject", " Partner asks about fees ")
                        .param("category", "TRADING").param("priority", "HIGH")
                        .param("threadId", thread.getId().toString()))
                .andExpect(redirectedUrl("/console/tickets/T-" + (campaign.getId() + 1)));
        Ticket opened = tickets.findById(campaign.getId() + 1).orElseThrow();
        assertThat(opened.getSubject()).isEqualTo("Partner asks about fees");
        assertThat(opened.getThread().getId()).isEqualTo(thread.getId());
        mvc.perform(get("/console/tickets/" + opened.getNumber()).with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(stringContainsInOrder("page-agent", "Opened", "Opened by hand")));
    }

    @Test
    void aNewTicketWithMistakesIsShownAgainWithTheReasons() throws Exception {
        mvc.perform(post("/console/tickets").with(AGENT).with(csrf()).param("subject", " ")
                        .param("category", "OTHER").param("priority", "LOW").param("threadId", "987654")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please fix the marked fields.")))
                .andExpect(content().string(containsString("must not be blank")));
        mvc.perform(post("/console/tickets").with(AGENT).with(csrf()).param("subject", "Fees")
                        .param("category", "OTHER").param("priority", "LOW").param("threadId", "987654")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is no thread 987654.")));
        mvc.perform(post("/console/tickets").with(AGENT).with(csrf()).param("subject", "Fees")
                        .param("category", "OTHER").param("priority", "LOW").param("threadId", "abc")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a thread number")));
        assertThat(tickets.count()).isEqualTo(2);
    }

    @Test
    void theMemberIsMarkedVipAndGivenAManagerFromTheTicket() throws Exception {
        mvc.perform(post("/console/tickets/" + withdrawal.getNumber() + "/vip").param("vip", "true")
                        .with(AGENT).with(csrf()))
                .andExpect(redirectedUrl("/console/tickets/" + withdrawal.getNumber()));
        mvc.perform(post("/console/tickets/" + withdrawal.getNumber() + "/manager").param("manager", "page-dana")
                        .with(AGENT).with(csrf()))
                .andExpect(status().isFound());
        Member after = members.findById(alice.getId()).orElseThrow();
        assertThat(after.isVip()).isTrue();
        assertThat(after.getManager()).isEqualTo("page-dana");
        assertThat(tickets.findById(withdrawal.getId()).orElseThrow().isForVip()).isTrue();
        mvc.perform(post("/console/tickets/" + withdrawal.getNumber() + "/manager").param("manager", "mallory")
                        .with(AGENT).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&#39;mallory&#39; is not a staff account.")));
        assertThat(members.findById(alice.getId()).orElseThrow().getManager()).isEqualTo("page-dana");
    }

    private MockHttpServletRequestBuilder change(Ticket ticket) {
        return post("/console/tickets/" + ticket.getNumber() + "/change").with(AGENT).with(csrf());
    }

    private void expectOnly(MockHttpServletRequestBuilder request, String shown, String hidden) throws Exception {
        mvc.perform(request.with(AGENT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(shown)))
                .andExpect(content().string(not(containsString(hidden))));
    }
}
