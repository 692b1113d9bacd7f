package io.switchboard.admin.ticket;

import static io.switchboard.admin.support.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.ticket.AgentStatus;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The agents page: an agent's own presence and load; every agent's profile for admins and moderators. */
@StaffApiTest
class AgentPagesTest {

    private static final RequestPostProcessor AGENT = user("pres-agent").roles("AGENT");
    private static final RequestPostProcessor MODERATOR = user("pres-mod").roles("MODERATOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Agents agents;

    @Autowired
    TicketRepository tickets;

    Ticket queued;

    @BeforeEach
    void anOfflineAgentAndAQueuedTicket() {
        data.reset();
        data.staff("pres-agent", AccountRole.AGENT, "agent-password-1");
        data.staff("pres-mod", AccountRole.MODERATOR, "mod-password-1");
        data.staff("pres-new", AccountRole.AGENT, "agent-password-2");
        agents.configure("admin", "pres-agent", EnumSet.of(TicketCategory.DEPOSIT_WITHDRAWAL), 3);
        queued = data.ticket(null, "Deposit not credited", TicketStatus.NEW, T0);
    }

    @Test
    void anAgentGoesOnlineTakesTheQueueAndSeesTheLoad() throws Exception {
        mvc.perform(get("/console/agents").with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Offline")))
                .andExpect(content().string(containsString("0 of 3 tickets")))
                .andExpect(content().string(containsString("Go online")))
                .andExpect(content().string(not(containsString("All agents"))));
        mvc.perform(post("/console/agents/me").param("online", "true").with(AGENT).with(csrf()))
                .andExpect(redirectedUrl("/console/agents"));
        assertThat(tickets.findById(queued.getId()).orElseThrow().getAssignee()).isEqualTo("pres-agent");
        mvc.perform(get("/console/agents").with(AGENT).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(content().string(containsString("1 / 3 个工单")))
                .andExpect(content().string(containsString("下线")));
        mvc.perform(post("/console/agents/me").param("online", "false").with(AGENT).with(csrf()))
                .andExpect(redirectedUrl("/console/agents"));
        assertThat(tickets.findById(queued.getId()).orElseThrow().getAssignee()).isNull();
    }

    @Test
    void staffWithoutAProfileAreToldWhyTheyCannotGoOnline() throws Exception {
        mvc.perform(post("/console/agents/me").param("online", "true").with(user("pres-new").roles("AGENT")).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You have no agent profile yet")));
    }

    @Test
    void moderatorsSeeEveryAgentAndSetSkillsAndCapacity() throws Exception {
        mvc.perform(get("/console/agents").with(MODERATOR).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("All agents")))
                .andExpect(content().string(containsString("data-agent=\"pres-agent\"")))
                .andExpect(content().string(containsString("<option value=\"pres-new\">pres-new</option>")));
        mvc.perform(post("/console/agents").param("username", "pres-new").param("skills", "TRADING", "OTHER")
                        .param("capacity", "7").with(MODERATOR).with(csrf()))
                .andExpect(redirectedUrl("/console/agents"));
        AgentStatus added = agents.list().stream().filter(a -> a.username().equals("pres-new")).findFirst().orElseThrow();
        assertThat(added.skills()).containsExactlyInAnyOrder(TicketCategory.TRADING, TicketCategory.OTHER);
        assertThat(added.capacity()).isEqualTo(7);
    }

    @Test
    void aWrongCapacityOrANameThatIsNotStaffIsShownAndChangesNothing() throws Exception {
        mvc.perform(post("/console/agents").param("username", "pres-agent").param("capacity", "0")
                        .with(MODERATOR).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The capacity must be a number from 1 to 100.")));
        mvc.perform(post("/console/agents").param("username", "mallory").param("capacity", "2")
                        .with(MODERATOR).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&#39;mallory&#39; is not a staff account.")));
        assertThat(agents.list()).extracting(AgentStatus::capacity).containsExactly(3);
    }

    @Test
    void agentsCannotChangeProfilesAndFormsNeedTheirToken() throws Exception {
        mvc.perform(post("/console/agents").param("username", "pres-agent").param("capacity", "50")
                        .with(AGENT).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/agents").param("username", "pres-agent").param("capacity", "50").with(MODERATOR))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/agents/me").param("online", "true").with(AGENT))
                .andExpect(status().isForbidden());
        assertThat(agents.list()).extracting(AgentStatus::capacity, AgentStatus::online).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, false));
    }
}
