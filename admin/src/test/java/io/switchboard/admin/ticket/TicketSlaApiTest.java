package io.switchboard.admin.ticket;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static io.switchboard.admin.support.TestData.T0;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@StaffApiTest
class TicketSlaApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TicketRepository tickets;

    Ticket breached;
    Ticket onTime;

    @BeforeEach
    void oneBreachedTicketAndOneOnTime() {
        data.reset();
        breached = data.ticket(null, "Withdrawal pending", TicketStatus.OPEN, T0);
        breached.scheduleTargets(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(24)));
        breached.markFirstResponseBreached(T0.plus(Duration.ofHours(1)), "admin");
        tickets.save(breached);
        onTime = data.ticket(null, "Campaign reward", TicketStatus.RESOLVED, T0.plusSeconds(60));
    }

    @Test
    void theListShowsBreachesAndFiltersOnThem() throws Exception {
        mvc.perform(get("/api/tickets").param("breached", "true").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].number").value(contains(breached.getNumber())))
                .andExpect(jsonPath("$.content[0].breached").value(true))
                .andExpect(jsonPath("$.content[0].firstResponseDueAt").value("2025-03-01T11:00:00Z"))
                .andExpect(jsonPath("$.content[0].resolutionDueAt").value("2025-03-02T10:00:00Z"))
                .andExpect(jsonPath("$.content[0].firstResponseBreachedAt").value("2025-03-01T11:00:00Z"))
                .andExpect(jsonPath("$.content[0].escalatedTo").value("admin"));
        mvc.perform(get("/api/tickets").param("breached", "true").param("status", "resolved").with(staff()))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/tickets").with(staff()))
                .andExpect(jsonPath("$.totalElements").value(2));
    }

    @Test
    void statsCountUnresolvedTicketsByAgeAndBreaches() throws Exception {
        mvc.perform(get("/api/tickets/stats").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unresolved").value(1))
                .andExpect(jsonPath("$.unresolvedByAge['under-1h']").value(0))
                .andExpect(jsonPath("$.unresolvedByAge['over-3d']").value(1))
                .andExpect(jsonPath("$.unresolvedBreached").value(1))
                .andExpect(jsonPath("$.firstResponseBreaches").value(1))
                .andExpect(jsonPath("$.resolutionBreaches").value(0));
    }
}
