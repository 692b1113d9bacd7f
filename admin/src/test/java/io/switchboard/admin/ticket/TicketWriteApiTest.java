package io.switchboard.admin.ticket;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static io.switchboard.admin.support.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@StaffApiTest
class TicketWriteApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TicketRepository tickets;

    SupportThread thread;
    Ticket ticket;

    @BeforeEach
    void oneNewTicket() {
        data.reset();
        thread = data.thread(data.member(Channel.TELEGRAM, "7001", "Erin", null, false), "-100:1",
                ThreadStatus.ESCALATED, T0, T0);
        ticket = data.ticket(thread, "Withdrawal pending for two days", TicketStatus.NEW, T0);
    }

    @Test
    void opensATicketByHandAboutAThread() throws Exception {
        send(post("/api/tickets"), """
                {"subject": " Partner asks about the campaign ", "category": "CAMPAIGNS", "priority": "LOW",
                 "threadId": %d}""".formatted(thread.getId()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/tickets/T-" + (ticket.getId() + 1))))
                .andExpect(jsonPath("$.subject").value("Partner asks about the campaign"))
                .andExpect(jsonPath("$.category").value("CAMPAIGNS"))
                .andExpect(jsonPath("$.priority").value("LOW"))
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.reason").value("opened-by-hand"))
                .andExpect(jsonPath("$.threadId").value(thread.getId().intValue()))
                .andExpect(jsonPath("$.history[0].action").value("created"))
                .andExpect(jsonPath("$.history[0].actor").value(StaffApiTest.USERNAME));
    }

    @Test
    void aNewTicketNeedsSubjectCategoryAndPriority() throws Exception {
        send(post("/api/tickets"), "{\"subject\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.errors.subject").value("must not be blank"))
                .andExpect(jsonPath("$.errors.category").value("must not be null"))
                .andExpect(jsonPath("$.errors.priority").value("must not be null"));
    }

    @Test
    void aBodyThatIsNotJsonOrHasAWrongValueIsRefusedInTheClientsTermsAndOpensNothing() throws Exception {
        long before = tickets.count();
        send(post("/api/tickets"), "{\"subject\": \"x\",\n \"category\": }")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("the request body is not valid JSON (line 2, column 14)"));
        send(post("/api/tickets"), "{\"subject\": \"x\", \"category\": \"OTHER\", \"priority\": \"NORMAL\", \"threadId\": \"abc\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("the request body has an invalid value for 'threadId'"));
        assertThat(tickets.count()).isEqualTo(before);
    }

    @Test
    void aNewTicketAboutAnUnknownThreadIsABadRequest() throws Exception {
        send(post("/api/tickets"), "{\"subject\": \"x\", \"category\": \"OTHER\", \"priority\": \"NORMAL\", \"threadId\": 987654}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.threadId").value("no thread 987654"));
    }

    @Test
    void everyChangeIsRecordedWithWhoAndBeforeAndAfter() throws Exception {
        send(patch("/api/tickets/{ref}", ticket.getNumber()), """
                {"status": "OPEN", "priority": "URGENT", "category": "ACCOUNT_SECURITY", "assignee": "ADMIN"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.priority").value("URGENT"))
                .andExpect(jsonPath("$.category").value("ACCOUNT_SECURITY"))
                .andExpect(jsonPath("$.assignee").value("admin"))
                .andExpect(jsonPath("$.history[*].action").value(contains(
                        "status-changed", "priority-changed", "category-changed", "assigned")))
                .andExpect(jsonPath("$.history[*].detail").value(contains(
                        "NEW -> OPEN", "HIGH -> URGENT", "DEPOSIT_WITHDRAWAL -> ACCOUNT_SECURITY", "nobody -> admin")))
                .andExpect(jsonPath("$.history[*].actor").value(contains("admin", "admin", "admin", "admin")));
    }

    @Test
    void anExplicitNullAssigneeUnassignsAndAnAbsentOneKeepsIt() throws Exception {
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"assignee\": \"admin\"}").andExpect(status().isOk());
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"priority\": \"LOW\"}")
                .andExpect(jsonPath("$.assignee").value("admin"));
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"assignee\": null}")
                .andExpect(jsonPath("$.assignee").value(nullValue()))
                .andExpect(jsonPath("$.history[2].detail").value("admin -> nobody"));
    }

    @Test
    void aTransitionTheWorkflowDoesNotAllowIsAConflict() throws Exception {
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"status\": \"CLOSED\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"))
                .andExpect(jsonPath("$.message").value(ticket.getNumber()
                        + " is NEW and cannot move to CLOSED; from NEW it can move to [OPEN, PENDING_USER, RESOLVED]"));
    }

    @Test
    void aClosedTicketIsFinal() throws Exception {
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"status\": \"RESOLVED\"}").andExpect(status().isOk());
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"status\": \"CLOSED\"}").andExpect(status().isOk());
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"status\": \"OPEN\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(ticket.getNumber()
                        + " is CLOSED and cannot move to OPEN: CLOSED is final"));
    }

    @Test
    void anAssigneeMustBeAStaffAccount() throws Exception {
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"assignee\": \"mallory\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.assignee").value("'mallory' is not a staff account"));
    }

    @Test
    void anEmptyPatchAndAnUnknownTicketAreRefused() throws Exception {
        send(patch("/api/tickets/{ref}", ticket.getId()), "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("nothing to change: give status, priority, category, assignee or answeredBy"));
        send(patch("/api/tickets/{ref}", "T-987654321"), "{\"status\": \"OPEN\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no ticket T-987654321"));
    }

    @Test
    void resolvingOrClosingATicketClosesItsThreadAndReopeningItEscalatesTheThreadAgain() throws Exception {
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"status\": \"RESOLVED\"}").andExpect(status().isOk());
        threadIs("CLOSED");
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"status\": \"OPEN\"}").andExpect(status().isOk());
        threadIs("ESCALATED");
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"status\": \"RESOLVED\"}").andExpect(status().isOk());
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"status\": \"CLOSED\"}").andExpect(status().isOk());
        threadIs("CLOSED");
    }

    @Test
    void aThreadStaysEscalatedWhileAnotherOfItsTicketsIsUnresolved() throws Exception {
        data.ticket(thread, "Second question in the same thread", TicketStatus.OPEN, T0);
        send(patch("/api/tickets/{ref}", ticket.getId()), "{\"status\": \"RESOLVED\"}").andExpect(status().isOk());
        threadIs("ESCALATED");
    }

    private void threadIs(String status) throws Exception {
        mvc.perform(get("/api/threads/{id}", thread.getId()).with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(status));
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String body) throws Exception {
        return mvc.perform(request.with(staff()).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
