package io.switchboard.admin.ticket;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static io.switchboard.admin.support.TestData.T0;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@StaffApiTest
class AgentApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TicketRepository tickets;

    Ticket queued;

    @BeforeEach
    void oneQueuedTicket() {
        data.reset();
        queued = data.ticket(null, "Deposit not credited", TicketStatus.NEW, T0);
    }

    @Test
    void aStaffMemberBecomesAnAgentAndTakesTheQueueOnGoingOnline() throws Exception {
        mvc.perform(put("/api/agents/{username}", "Admin").with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skills\": [\"DEPOSIT_WITHDRAWAL\", \"TRADING\"], \"capacity\": 3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("admin"))
                .andExpect(jsonPath("$.skills").value(contains("DEPOSIT_WITHDRAWAL", "TRADING")))
                .andExpect(jsonPath("$.capacity").value(3))
                .andExpect(jsonPath("$.online").value(false))
                .andExpect(jsonPath("$.load").value(0));

        mvc.perform(post("/api/agents/{username}/online", "admin").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.online").value(true))
                .andExpect(jsonPath("$.load").value(1));
        mvc.perform(get("/api/agents").with(staff()))
                .andExpect(jsonPath("$[*].username").value(contains("admin")));
        mvc.perform(get("/api/tickets/{ref}", queued.getId()).with(staff()))
                .andExpect(jsonPath("$.assignee").value("admin"))
                .andExpect(jsonPath("$.history[0].actor").value("system"))
                .andExpect(jsonPath("$.history[0].detail").value("nobody -> admin"));

        mvc.perform(post("/api/agents/{username}/offline", "admin").with(staff()))
                .andExpect(jsonPath("$.online").value(false))
                .andExpect(jsonPath("$.load").value(0));
    }

    @Test
    void onlyStaffAccountsCanBeAgents() throws Exception {
        mvc.perform(put("/api/agents/{username}", "ghost").with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skills\": [], \"capacity\": 3}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("'ghost' is not a staff account"));
        mvc.perform(post("/api/agents/{username}/online", "admin").with(staff()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(
                        "'admin' is not an agent: give them skills and a capacity first (PUT /api/agents/admin)"));
    }

    @Test
    void skillsAndACapacityOfOneToAHundredAreRequired() throws Exception {
        mvc.perform(put("/api/agents/{username}", "admin").with(staff()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"capacity\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.skills").value("must not be null"))
                .andExpect(jsonPath("$.errors.capacity").value("must be greater than or equal to 1"));
    }
}
