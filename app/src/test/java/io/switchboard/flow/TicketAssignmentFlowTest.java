package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.VipMembers;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Escalated Telegram questions reach agents: the whole application, long polling a fake Bot API,
 * agents brought online through the staff API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TicketAssignmentFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "polling",
                "jdbc:h2:mem:ticket-assignment-flow;" + FlowTestSupport.H2_MODE);
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    Agents agents;

    @Autowired
    TicketRepository tickets;

    @Autowired
    MemberRepository members;

    @Autowired
    Accounts accounts;

    @Autowired
    VipMembers vips;

    @Test
    void escalatedQuestionsWaitForAnAgentWhoTakesTheVipFirstThenTheNextAsSoonAsOneIsNew() throws Exception {
        agents.configure("admin", "admin", EnumSet.allOf(TicketCategory.class), 1);
        Member vip = new Member(Channel.TELEGRAM, "7502", Instant.now());
        vip.setVip(true, Instant.now());
        members.save(vip);

        ask(501, 7501, "I want to talk to a human please");
        ask(502, 7502, "I want to talk to a human about my account");
        Ticket normal = awaitTicketOf("7501");
        Ticket forVip = awaitTicketOf("7502");
        assertThat(forVip.getAssignee()).as("nobody is online yet").isNull();

        assertThat(FlowTestSupport.postAsStaff(port, "/api/agents/admin/online", "").statusCode()).isEqualTo(200);

        assertThat(assignee(forVip)).as("the VIP's ticket jumps the queue").contains("admin");
        assertThat(assignee(normal)).as("the agent's capacity is one").isEmpty();

        assertThat(FlowTestSupport.postAsStaff(port, "/api/agents/admin/offline", "").statusCode()).isEqualTo(200);
        agents.configure("admin", "admin", EnumSet.allOf(TicketCategory.class), 5);
        FlowTestSupport.postAsStaff(port, "/api/agents/admin/online", "");
        ask(503, 7503, "Can I speak to a real person?");

        Ticket third = awaitTicketOf("7503");
        assertThat(third.getAssignee()).as("an online agent with the skill gets a new ticket at once")
                .isEqualTo("admin");
        assertThat(assignee(normal)).contains("admin");
    }

    @Test
    void aVipsQuestionGoesToTheirDedicatedManagerThoughTheyHaveNoSkills() throws Exception {
        accounts.syncStaff("mia", AccountRole.AGENT, "{noop}flow-test-mia", hash -> true);
        agents.configure("admin", "mia", EnumSet.noneOf(TicketCategory.class), 2);
        assertThat(FlowTestSupport.postAsStaff(port, "/api/agents/mia/online", "").statusCode()).isEqualTo(200);
        Member vip = new Member(Channel.TELEGRAM, "7601", Instant.now());
        vip.setVip(true, Instant.now());
        vips.assignManager(members.save(vip).getId(), "mia", "admin");

        ask(601, 7601, "I need to talk to a human about a large withdrawal");

        Ticket ticket = awaitTicketOf("7601");
        assertThat(ticket.getAssignee()).isEqualTo("mia");
        assertThat(ticket.isForVip()).isTrue();
    }

    private static void ask(long updateId, long userId, String text) {
        TELEGRAM.publish(updateId, TelegramUpdates.privateText(updateId, updateId, userId, "en", text));
    }

    private Ticket awaitTicketOf(String chatId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> tickets.findAll().stream()
                .filter(ticket -> ticket.getThread() != null && ticket.getThread().getChatId().equals(chatId))
                .findFirst().orElse(null), ticket -> ticket != null);
    }

    private Optional<String> assignee(Ticket ticket) {
        return Optional.ofNullable(tickets.findById(ticket.getId()).orElseThrow().getAssignee());
    }
}
