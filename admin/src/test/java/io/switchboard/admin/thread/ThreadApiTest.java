package io.switchboard.admin.thread;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static io.switchboard.admin.support.TestData.T0;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadMessage;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@StaffApiTest
class ThreadApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    Member alice;
    SupportThread telegramOpen;
    SupportThread twitterEscalated;
    SupportThread telegramClosed;
    Ticket twitterTicket;

    @BeforeEach
    void threadsOnTwoChannels() {
        data.reset();
        alice = data.member(Channel.TELEGRAM, "7001", "Alice", "alice_trades", true);
        Member bob = data.member(Channel.TWITTER, "9001", "Bob", "bob", false);
        telegramOpen = data.thread(alice, "-100200300:7", ThreadStatus.OPEN, T0, T0.plusSeconds(3600));
        twitterEscalated = data.thread(bob, "1890000000000000001", ThreadStatus.ESCALATED, T0, T0.plusSeconds(7200));
        telegramClosed = data.thread(alice, "-100200300:8", ThreadStatus.CLOSED, T0, T0.plusSeconds(1800));
        data.ticket(twitterEscalated, "Withdrawal stuck", TicketStatus.RESOLVED, T0.plusSeconds(60));
        twitterTicket = data.ticket(twitterEscalated, "Withdrawal stuck again", TicketStatus.NEW, T0.plusSeconds(7000));
    }

    @Test
    void listsThreadsMostRecentlyActiveFirstWithTheirMemberAndLatestTicket() throws Exception {
        mvc.perform(get("/api/threads").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id").value(contains(
                        twitterEscalated.getId().intValue(), telegramOpen.getId().intValue(),
                        telegramClosed.getId().intValue())))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(1))
                .andExpect(jsonPath("$.content[0].channel").value("twitter"))
                .andExpect(jsonPath("$.content[0].status").value("ESCALATED"))
                .andExpect(jsonPath("$.content[0].ticketNumber").value(twitterTicket.getNumber()))
                .andExpect(jsonPath("$.content[0].lastActivityAt").value("2025-03-01T12:00:00Z"))
                .andExpect(jsonPath("$.content[1].channel").value("telegram"))
                .andExpect(jsonPath("$.content[1].conversationKey").value("-100200300:7"))
                .andExpect(jsonPath("$.content[1].chatId").value("-100200300"))
                .andExpect(jsonPath("$.content[1].chatTitle").value("Exchange Community"))
                .andExpect(jsonPath("$.content[1].privateChat").value(false))
                .andExpect(jsonPath("$.content[1].language").value("en"))
                .andExpect(jsonPath("$.content[1].member.id").value(alice.getId().intValue()))
                .andExpect(jsonPath("$.content[1].member.platformId").value("7001"))
                .andExpect(jsonPath("$.content[1].member.displayName").value("Alice"))
                .andExpect(jsonPath("$.content[1].member.handle").value("alice_trades"))
                .andExpect(jsonPath("$.content[1].member.vip").value(true))
                .andExpect(jsonPath("$.content[1].openedAt").value("2025-03-01T10:00:00Z"))
                .andExpect(jsonPath("$.content[1].closedAt").value(nullValue()))
                .andExpect(jsonPath("$.content[1].ticketNumber").value(nullValue()))
                .andExpect(jsonPath("$.content[2].closedAt").value("2025-03-01T10:30:00Z"));
    }

    @Test
    void filtersByChannelAndStatusInAnyCase() throws Exception {
        mvc.perform(get("/api/threads").param("channel", "telegram").with(staff()))
                .andExpect(jsonPath("$.content[*].id").value(contains(
                        telegramOpen.getId().intValue(), telegramClosed.getId().intValue())));
        mvc.perform(get("/api/threads").param("status", "closed").with(staff()))
                .andExpect(jsonPath("$.content[*].id").value(contains(telegramClosed.getId().intValue())));
        mvc.perform(get("/api/threads").param("channel", "TELEGRAM").param("status", "OPEN").with(staff()))
                .andExpect(jsonPath("$.content[*].id").value(contains(telegramOpen.getId().intValue())))
                .andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void emptyFiltersMeanNoFilter() throws Exception {
        mvc.perform(get("/api/threads?channel=&status=").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3));
    }

    @Test
    void pagesThroughThreadsAndCapsThePageSize() throws Exception {
        mvc.perform(get("/api/threads").param("page", "1").param("size", "2").with(staff()))
                .andExpect(jsonPath("$.content[*].id").value(contains(telegramClosed.getId().intValue())))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/threads").param("size", "100000").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(200));
    }

    @Test
    void showsOneThreadWithMessagesInAndOutOldestFirstAndItsTickets() throws Exception {
        // Written out of order on purpose: the view orders by time, not by insertion.
        ThreadMessage followUp = data.message(telegramOpen, Direction.IN, "503", "still nothing?", null,
                T0.plusSeconds(120));
        followUp.markRemoved(T0.plusSeconds(150));
        data.save(followUp);
        data.message(telegramOpen, Direction.IN, "501", "my withdrawal is stuck",
                "[{\"kind\":\"photo\",\"fileId\":\"AgACAgI\",\"mimeType\":\"image/jpeg\"}]", T0);
        data.message(telegramOpen, Direction.OUT, "502", "Withdrawals usually arrive within 30 minutes.", null,
                T0.plusSeconds(60));

        mvc.perform(get("/api/threads/{id}", telegramOpen.getId()).with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(telegramOpen.getId().intValue()))
                .andExpect(jsonPath("$.member.displayName").value("Alice"))
                .andExpect(jsonPath("$.messages[*].externalId").value(contains("501", "502", "503")))
                .andExpect(jsonPath("$.messages[*].direction").value(contains("IN", "OUT", "IN")))
                .andExpect(jsonPath("$.messages[0].text").value("my withdrawal is stuck"))
                .andExpect(jsonPath("$.messages[0].authorName").value("Alice"))
                .andExpect(jsonPath("$.messages[0].attachments[0].kind").value("photo"))
                .andExpect(jsonPath("$.messages[0].attachments[0].fileId").value("AgACAgI"))
                .andExpect(jsonPath("$.messages[0].createdAt").value("2025-03-01T10:00:00Z"))
                .andExpect(jsonPath("$.messages[1].attachments").isEmpty())
                .andExpect(jsonPath("$.messages[1].authorName").value("Switchboard"))
                .andExpect(jsonPath("$.messages[2].removed").value(true))
                .andExpect(jsonPath("$.messages[2].editedAt").value("2025-03-01T10:02:30Z"))
                .andExpect(jsonPath("$.tickets").isEmpty());

        mvc.perform(get("/api/threads/{id}", twitterEscalated.getId()).with(staff()))
                .andExpect(jsonPath("$.ticketNumber").value(twitterTicket.getNumber()))
                .andExpect(jsonPath("$.tickets[*].subject").value(contains("Withdrawal stuck", "Withdrawal stuck again")))
                .andExpect(jsonPath("$.tickets[1].number").value(twitterTicket.getNumber()))
                .andExpect(jsonPath("$.tickets[1].status").value("NEW"));
    }

    @Test
    void unknownThreadIsNotFound() throws Exception {
        mvc.perform(get("/api/threads/{id}", 987654321).with(staff()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"))
                .andExpect(jsonPath("$.message").value("no thread 987654321"));
    }

    @Test
    void nonNumericThreadIdIsABadRequest() throws Exception {
        mvc.perform(get("/api/threads/abc").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value("invalid value 'abc' for parameter 'id'"));
    }

    @Test
    void unknownChannelIsABadRequestListingTheChannels() throws Exception {
        mvc.perform(get("/api/threads").param("channel", "myspace").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value(
                        "unknown channel 'myspace', expected one of [telegram, twitter, facebook, forum, web, email, webchat]"))
                .andExpect(jsonPath("$.allowed").value(contains("telegram", "twitter", "facebook", "forum", "web", "email", "webchat")));
    }

    @Test
    void unknownStatusIsABadRequestListingTheStatuses() throws Exception {
        mvc.perform(get("/api/threads").param("status", "pending").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.allowed").value(contains("OPEN", "ANSWERED", "ESCALATED", "CLOSED")));
    }

    @Test
    void negativePageOrZeroSizeIsABadRequest() throws Exception {
        mvc.perform(get("/api/threads").param("page", "-1").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("page must be 0 or more"));
        mvc.perform(get("/api/threads").param("size", "0").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("size must be 1 or more"));
        mvc.perform(get("/api/threads").param("size", "ten").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("invalid value 'ten' for parameter 'size'"));
    }
}
