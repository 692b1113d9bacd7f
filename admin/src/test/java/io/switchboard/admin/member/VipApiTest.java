package io.switchboard.admin.member;

import static io.switchboard.admin.support.StaffApiTest.Credentials.staff;
import static io.switchboard.admin.support.TestData.T0;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@StaffApiTest
class VipApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TicketRepository tickets;

    Member member;
    Ticket ticket;

    @BeforeEach
    void aMemberWithANormalTicket() {
        data.reset();
        member = data.member(Channel.TELEGRAM, "8001", "Frank", null, false);
        ticket = data.ticket(data.thread(member, "8001", ThreadStatus.ESCALATED, T0, T0), "Futures margin call",
                TicketStatus.OPEN, T0);
        ticket.changePriority(TicketPriority.NORMAL, T0);
        tickets.save(ticket);
    }

    @Test
    void markingAMemberVipRaisesTheirOpenTicketsAndPutsThemFirst() throws Exception {
        put(member.getId() + "/vip", "{\"vip\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vip").value(true))
                .andExpect(jsonPath("$.platformId").value("8001"));

        mvc.perform(get("/api/tickets/{ref}", ticket.getId()).with(staff()))
                .andExpect(jsonPath("$.vip").value(true))
                .andExpect(jsonPath("$.priority").value("HIGH"))
                .andExpect(jsonPath("$.history[*].detail").value(hasItem("VIP member; priority NORMAL -> HIGH")));
    }

    @Test
    void aDedicatedManagerIsAStaffMember() throws Exception {
        put(member.getId() + "/manager", "{\"username\": \"Admin\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.manager").value("admin"));
        put(member.getId() + "/manager", "{\"username\": \"frank\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.username").value("'frank' is not a staff account"));
        put(member.getId() + "/manager", "{\"username\": null}")
                .andExpect(jsonPath("$.manager").doesNotExist());
    }

    @Test
    void unknownMembersAndMissingFlagsAreRefused() throws Exception {
        put("987654/vip", "{\"vip\": true}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("no member 987654"));
        put(member.getId() + "/vip", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.vip").value("must not be null"));
    }

    private ResultActions put(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/members/" + path).with(staff()).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
