package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.InboundEvent;
import io.switchboard.core.inbound.InboundEventRepository;
import io.switchboard.core.inbound.InboundStatus;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.testing.AtOnce;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staff change members and tickets on PostgreSQL at the very moment the intake handles those
 * members' messages: a question becoming a ticket for an agent while the member is marked VIP
 * (both want the member's row and the assignment lock), a follow-up message while staff hand the
 * ticket to someone else. Every staff request succeeds and every change sticks, whichever of the
 * two ran first. Runs in the {@code cluster} Maven profile only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("cluster")
class ClusterStaffDuringIntakeTest {

    private static final String SCHEMA = "switchboard_cluster_staff_intake_test";
    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    /** Members, one a round, whose message meets the staff request; enough for the worst interleavings. */
    private static final int ROUNDS = 20;
    private static final String SECOND_AGENT = "mia";
    private static final long FIRST_FOLLOW_UP = 8301;
    private static final long LAG_STEP_MILLIS = 20;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws SQLException {
        FlowTestSupport.postgres(registry, TELEGRAM, "webhook", SCHEMA);
        // No ticket is published here, and the periodic check must not serve the queue meanwhile.
        registry.add("switchboard.tickets.queue-uri", () -> "seda:tickets");
        registry.add("switchboard.tickets.check-interval", () -> "1d");
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
    Accounts accounts;

    @Autowired
    MemberRepository members;

    @Autowired
    TicketRepository tickets;

    @Autowired
    InboundEventRepository events;

    @BeforeEach
    void agentOnline() throws Exception {
        agents.configure("admin", "admin", EnumSet.allOf(TicketCategory.class), 100);
        assertThat(FlowTestSupport.postAsStaff(port, "/api/agents/admin/online", "").statusCode()).isEqualTo(200);
    }

    @Test
    void aMemberMarkedVipWhileTheirQuestionIsEscalatedStaysVipAndTheTicketIsAVips() throws Exception {
        for (long user = 8101; user < 8101 + ROUNDS; user++) {
            long memberId = memberWhoSaidHello(user);
            String question = question(user);

            int staffAnswer = AtOnce.run(List.<Callable<Integer>>of(() -> postUpdate(question), () -> markVip(memberId)))
                    .get(1);

            assertThat(staffAnswer).as("the staff request for %s", user).isEqualTo(200);
            assertThat(awaitIntakeOf(user)).as("the question went through the intake").isEqualTo(InboundStatus.PROCESSED);
            assertThat(members.findById(memberId).orElseThrow().isVip()).as("member %s is still VIP", user).isTrue();
            assertThat(ticketOf(user).isForVip()).as("the ticket of %s is a VIP's", user).isTrue();
            assertThat(ticketOf(user).getAssignee()).as("the ticket of %s went to the agent", user).isEqualTo("admin");
        }
    }

    @Test
    void aTicketHandedOnAndRaisedWhileItsMemberWritesAgainKeepsTheStaffChange() throws Exception {
        accounts.syncStaff(SECOND_AGENT, AccountRole.AGENT, "{noop}cluster-" + SECOND_AGENT, hash -> true);
        for (long user = FIRST_FOLLOW_UP; user < FIRST_FOLLOW_UP + ROUNDS; user++) {
            memberWhoSaidHello(user);
            assertThat(postUpdate(question(user))).isEqualTo(200);
            assertThat(awaitIntakeOf(user)).isEqualTo(InboundStatus.PROCESSED);
            String path = "/api/tickets/" + ticketOf(user).getNumber();
            String followUp = TelegramUpdates.privateText(user * 10 + 2, 3, user, "en",
                    "Still waiting, my withdrawal has not arrived");
            String handOn = "{\"priority\": \"URGENT\", \"assignee\": \"" + SECOND_AGENT + "\"}";

            // The staff request takes longer to reach the ticket than the intake; each round lets the
            // message start a little later, so that some round has both on the ticket at once.
            long lag = (user - FIRST_FOLLOW_UP) * LAG_STEP_MILLIS;
            int staffAnswer = AtOnce.run(List.<Callable<Integer>>of(() -> {
                Thread.sleep(lag);
                return postUpdate(followUp);
            }, () -> FlowTestSupport.sendAsStaff(port, "PATCH", path, handOn).statusCode())).get(1);

            assertThat(staffAnswer).as("the staff request for %s", user).isEqualTo(200);
            assertThat(awaitIntake(user * 10 + 2)).as("the follow-up went through the intake")
                    .isEqualTo(InboundStatus.PROCESSED);
            Ticket ticket = ticketOf(user);
            assertThat(ticket.getAssignee()).as("the ticket of %s was handed on", user).isEqualTo(SECOND_AGENT);
            assertThat(ticket.getPriority()).as("the ticket of %s was raised", user).isEqualTo(TicketPriority.URGENT);
        }
    }

    private long memberWhoSaidHello(long user) throws Exception {
        assertThat(postUpdate(TelegramUpdates.privateText(user * 10, 1, user, "en", "hello"))).isEqualTo(200);
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> members.findByChannelAndPlatformId(Channel.TELEGRAM, String.valueOf(user)),
                        Optional::isPresent).orElseThrow().getId();
    }

    private static String question(long user) {
        return TelegramUpdates.privateText(user * 10 + 1, 2, user, "en", "I want to talk to a human please");
    }

    private int markVip(long memberId) throws Exception {
        return FlowTestSupport.sendAsStaff(port, "PUT", "/api/members/" + memberId + "/vip", "{\"vip\": true}")
                .statusCode();
    }

    private int postUpdate(String update) throws Exception {
        return FlowTestSupport.postWebhook(port, "/webhooks/telegram", "X-Telegram-Bot-Api-Secret-Token",
                FlowTestSupport.WEBHOOK_SECRET, update.getBytes(StandardCharsets.UTF_8));
    }

    /** How the intake ended with the user's question: PROCESSED, or FAILED when its transaction failed. */
    private InboundStatus awaitIntakeOf(long user) {
        return awaitIntake(user * 10 + 1);
    }

    private InboundStatus awaitIntake(long updateId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> events
                .findByChannelAndEventId(Channel.TELEGRAM, String.valueOf(updateId)).map(InboundEvent::getStatus)
                .orElse(InboundStatus.RECEIVED), status -> status != InboundStatus.RECEIVED);
    }

    private Ticket ticketOf(long user) {
        return tickets.findAll().stream()
                .filter(ticket -> ticket.getThread() != null
                        && ticket.getThread().getChatId().equals(String.valueOf(user)))
                .findFirst().orElseThrow(() -> new AssertionError("no ticket for " + user));
    }
}
