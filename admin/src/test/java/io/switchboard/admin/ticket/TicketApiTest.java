package io.switchboard.admin.ticket;

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
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@StaffApiTest
class TicketApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TicketRepository tickets;

    SupportThread thread;
    Ticket escalated;
    Ticket resolved;
    Ticket openedByHand;

    @BeforeEach
    void ticketsInSeveralStates() {
        data.reset();
        thread = data.thread(data.member(Channel.FACEBOOK, "fb-42", "Carol", null, false), "post_123",
                ThreadStatus.ESCALATED, T0, T0.plusSeconds(600));
        resolved = data.ticket(thread, "Card deposit missing", TicketStatus.RESOLVED, T0);
        escalated = data.ticket(thread, "Account locked after password reset", TicketStatus.NEW, T0.plusSeconds(600));
        openedByHand = data.ticket(null, "Partner campaign question", TicketStatus.OPEN, T0.plusSeconds(300));
        data.ticketEvent(escalated, T0.plusSeconds(600), "system", "created", "no confident answer");
        data.ticketEvent(escalated, T0.plusSeconds(900), "dana", "assigned", "to dana");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "T-", "t-"})
    void findsATicketByIdOrByNumberWithItsHistory(String prefix) throws Exception {
        mvc.perform(get("/api/tickets/{reference}", prefix + escalated.getId()).with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("T-" + escalated.getId()))
                .andExpect(jsonPath("$.id").value(escalated.getId().intValue()))
                .andExpect(jsonPath("$.subject").value("Account locked after password reset"))
                .andExpect(jsonPath("$.category").value("DEPOSIT_WITHDRAWAL"))
                .andExpect(jsonPath("$.priority").value("HIGH"))
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.assignee").value(nullValue()))
                .andExpect(jsonPath("$.reason").value("no-confident-answer"))
                .andExpect(jsonPath("$.createdAt").value("2025-03-01T10:10:00Z"))
                .andExpect(jsonPath("$.updatedAt").value("2025-03-01T10:10:00Z"))
                .andExpect(jsonPath("$.threadId").value(thread.getId().intValue()))
                .andExpect(jsonPath("$.channel").value("facebook"))
                .andExpect(jsonPath("$.history[*].action").value(contains("created", "assigned")))
                .andExpect(jsonPath("$.history[1].at").value("2025-03-01T10:15:00Z"))
                .andExpect(jsonPath("$.history[1].actor").value("dana"))
                .andExpect(jsonPath("$.history[1].detail").value("to dana"));
    }

    @Test
    void listsTicketsNewestFirstAndFiltersByStatus() throws Exception {
        mvc.perform(get("/api/tickets").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].number").value(contains(
                        escalated.getNumber(), openedByHand.getNumber(), resolved.getNumber())))
                .andExpect(jsonPath("$.content[1].threadId").value(nullValue()))
                .andExpect(jsonPath("$.content[1].channel").value(nullValue()))
                .andExpect(jsonPath("$.content[0].history").doesNotExist())
                .andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/api/tickets").param("status", "resolved").with(staff()))
                .andExpect(jsonPath("$.content[*].number").value(contains(resolved.getNumber())))
                .andExpect(jsonPath("$.content[0].status").value("RESOLVED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"987654321", "T-987654321"})
    void unknownTicketIsNotFoundAndNamedByItsNumber(String reference) throws Exception {
        mvc.perform(get("/api/tickets/{reference}", reference).with(staff()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"))
                .andExpect(jsonPath("$.message").value("no ticket T-987654321"));
    }

    @Test
    void malformedTicketReferenceIsABadRequest() throws Exception {
        mvc.perform(get("/api/tickets/{reference}", "X-12").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value(
                        "'X-12' is not a ticket id: use a number (12) or a ticket number (T-12)"));
    }

    @Test
    void unknownStatusIsABadRequestListingTheStatuses() throws Exception {
        mvc.perform(get("/api/tickets").param("status", "done").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.allowed").value(contains("NEW", "OPEN", "PENDING_USER", "RESOLVED", "CLOSED")));
    }

    @Test
    void filtersByAssigneeAndVipAndListsInQueueOrder() throws Exception {
        Ticket vip = data.ticket(null, "VIP withdrawal", TicketStatus.NEW, T0.plusSeconds(900));
        vip.markVip(vip.getPriority(), T0.plusSeconds(900));
        vip.assignTo(StaffApiTest.USERNAME, T0.plusSeconds(900));
        tickets.save(vip);
        mvc.perform(get("/api/tickets").param("assignee", "me").with(staff()))
                .andExpect(jsonPath("$.content[*].subject").value(contains("VIP withdrawal")));
        mvc.perform(get("/api/tickets").param("vip", "false").param("assignee", "none").param("status", "new")
                        .with(staff()))
                .andExpect(jsonPath("$.content[*].subject").value(contains("Account locked after password reset")));
        mvc.perform(get("/api/tickets").param("order", "QUEUE").with(staff()))
                .andExpect(jsonPath("$.content[*].subject").value(contains("VIP withdrawal", "Card deposit missing",
                        "Partner campaign question", "Account locked after password reset")));
    }
}
