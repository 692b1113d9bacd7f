package io.switchboard.admin.livechat;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.livechat.ChatSignal;
import io.switchboard.core.livechat.ChatSignals;
import io.switchboard.core.livechat.LiveChat;
import io.switchboard.core.reply.StaffReplies;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The agents' side of the live chat through {@code /api/live-chats} and the console's {@code /console/live}. */
@StaffApiTest
class LiveChatApiTest {

    static final String BOB_PASSWORD = "bob-live-chat-pw";
    static final Instant EARLIER = Instant.now().minusSeconds(300);

    @Autowired
    MockMvc mvc;

    @Autowired
    LiveChatFixture chats;

    @Autowired
    TestData data;

    @Autowired
    TicketRepository tickets;

    @Autowired
    ChatSignals signals;

    @MockitoBean
    StaffReplies replies;

    LiveChat first;
    LiveChat vip;

    @BeforeEach
    void twoWaitingChatsTheLaterOneAVip() {
        chats.reset();
        data.staff("bob", AccountRole.AGENT, BOB_PASSWORD);
        first = chats.waiting("a:first", "Ann Lee", false, EARLIER);
        vip = chats.waiting("u:vip-7", "Victor Ma", true, EARLIER.plusSeconds(60));
    }

    @AfterEach
    void noChatsLeftForOtherTests() {
        chats.reset();
    }

    @Test
    void theQueueListsVipsFirstWithNameTicketAndWait() throws Exception {
        mvc.perform(get("/api/live-chats").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(contains("Victor Ma", "Ann Lee")))
                .andExpect(jsonPath("$[0].vip").value(true))
                .andExpect(jsonPath("$[0].state").value("WAITING"))
                .andExpect(jsonPath("$[0].language").value("en"))
                .andExpect(jsonPath("$[0].ticketNumber").isNotEmpty())
                .andExpect(jsonPath("$[1].waitedSeconds").value(org.hamcrest.Matchers.greaterThanOrEqualTo(300)));
    }

    @Test
    void oneChatShowsTheBotsPartBeforeTheHandOff() throws Exception {
        mvc.perform(get("/api/live-chats/{id}", first.getId()).with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.frames[*].kind").value(contains("VISITOR", "BOT", "VISITOR")))
                .andExpect(jsonPath("$.frames[1].details.card.title").value("Withdrawals"));
        mvc.perform(get("/api/live-chats/{id}", first.getId()).param("after", "2").with(staff()))
                .andExpect(jsonPath("$.frames[*].text").value(contains("Talk to a human")));
        mvc.perform(get("/api/live-chats/404404").with(staff())).andExpect(status().isNotFound());
    }

    @Test
    void anAgentTakesAChatAndASecondOneIsToldWhoHasIt() throws Exception {
        mvc.perform(post("/api/live-chats/{id}/take", first.getId()).with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACTIVE"))
                .andExpect(jsonPath("$.agent").value("admin"))
                .andExpect(jsonPath("$.assignee").value("admin"));
        mvc.perform(post("/api/live-chats/{id}/take", first.getId()).with(httpBasic("bob", BOB_PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.agent").value("admin"));
        mvc.perform(get("/api/live-chats/{id}?lang=zh", first.getId()).with(staff())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(jsonPath("$.frames[3].kind").value("SYSTEM"))
                .andExpect(jsonPath("$.frames[3].text").value(containsString("已接入会话")));
    }

    @Test
    void aChatIsTransferredToAnAgentOrBackToATeam() throws Exception {
        mvc.perform(post("/api/live-chats/{id}/transfer", first.getId()).with(staff())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"agent\": \"bob\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agent").value("bob"))
                .andExpect(jsonPath("$.state").value("ACTIVE"));
        mvc.perform(post("/api/live-chats/{id}/transfer", first.getId()).with(staff())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"team\": \"TRADING\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("WAITING"));
        assertThat(tickets.findById(first.getTicketId()).orElseThrow().getCategory()).isEqualTo(TicketCategory.TRADING);
        mvc.perform(post("/api/live-chats/{id}/transfer", first.getId()).with(staff())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"agent\": \"nobody-here\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void closingResolvedResolvesTheTicketAndAClosedChatRefusesMore() throws Exception {
        mvc.perform(post("/api/live-chats/{id}/close", first.getId()).with(staff())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"resolve\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ENDED"));
        assertThat(tickets.findById(first.getTicketId()).orElseThrow().getStatus()).isEqualTo(TicketStatus.RESOLVED);
        mvc.perform(post("/api/live-chats/{id}/take", first.getId()).with(staff())).andExpect(status().isConflict());
        mvc.perform(get("/api/live-chats").with(staff())).andExpect(jsonPath("$[*].name").value(contains("Victor Ma")));
    }

    @Test
    void aReplyIsQueuedOnTheChatsThread() throws Exception {
        long thread = tickets.findById(first.getTicketId()).orElseThrow().getThread().getId();
        given(replies.reply(thread, "admin", "Let me check.")).willReturn(77L);
        mvc.perform(post("/api/live-chats/{id}/replies", first.getId()).with(staff())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \" Let me check. \"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.outboxId").value(77));
    }

    @Test
    void aReplyToAChatAnotherAgentIsInIsRefused() throws Exception {
        mvc.perform(post("/api/live-chats/{id}/take", first.getId()).with(httpBasic("bob", BOB_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/live-chats/{id}/replies", first.getId()).with(staff())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Hi\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.agent").value("bob"));
        verifyNoInteractions(replies);
    }

    @Test
    void onlyStaffReachTheLiveChats() throws Exception {
        data.forumMember("live-member", "member-pw-123");
        mvc.perform(get("/api/live-chats")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/live-chats").with(httpBasic("live-member", "member-pw-123")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/live").with(user("live-member").roles("MEMBER"))).andExpect(status().isForbidden());
    }

    @Test
    void theConsolePagesWritesNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/console/live/chats/{id}/take", first.getId()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/live-chats").with(staff())).andExpect(jsonPath("$[1].state").value("WAITING"));
        mvc.perform(post("/console/live/chats/{id}/take", first.getId()).with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agent").value("admin"));
    }

    @Test
    void thePageAndTheNavBadgeShowTheWaitingChats() throws Exception {
        mvc.perform(get("/console/live").with(user("admin").roles("ADMIN")).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("在线客服")))
                .andExpect(content().string(containsString("id=\"live-badge\"")))
                .andExpect(content().string(containsString("/console/live.js")));
    }

    @Test
    void theStreamTellsTheOpenPagesOfASignal() throws Exception {
        MvcResult page = mvc.perform(get("/console/live/stream").with(user("admin").roles("ADMIN")))
                .andExpect(request().asyncStarted())
                .andReturn();
        signals.publish(ChatSignal.typing("a:first", ChatSignal.Party.VISITOR, null, true));
        await().untilAsserted(() -> assertThat(page.getResponse().getContentAsString())
                .contains("event:ready").contains("event:typing").contains("\"visitor\":\"a:first\""));
    }

    @Test
    void theDashboardShowsTheLiveChatFigures() throws Exception {
        mvc.perform(post("/api/live-chats/{id}/take", first.getId()).with(staff())).andExpect(status().isOk());
        mvc.perform(get("/console/dashboard").with(user("admin").roles("ADMIN")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Median wait today")))
                .andExpect(content().string(containsString("id=\"live-waiting-now\">1<")))
                .andExpect(content().string(containsString("id=\"live-active-now\">1<")))
                .andExpect(content().string(containsString("id=\"live-today\">2<")))
                .andExpect(content().string(containsString("<td>admin</td><td>1</td>")));
    }
}
