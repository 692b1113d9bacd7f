package io.switchboard.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketSla;
import io.switchboard.core.ticket.VipMembers;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.FakeTelegramServer.SentMessage;
import io.switchboard.testing.ShiftableClock;
import io.switchboard.testing.TelegramUpdates;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The assignment, VIP and SLA rules and {@code /status} in the whole application, with Telegram
 * faked and the application's clock moved by the test: hours pass for the SLA check, which runs every
 * 300 ms, without waiting for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TicketRulesFlowTest.TestClock.class)
class TicketRulesFlowTest {

    private static final FakeTelegramServer TELEGRAM = FlowTestSupport.startTelegram();
    private static final String STAFF_CHAT = "-100555";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        ShiftableClock shiftableClock() {
            return new ShiftableClock();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        FlowTestSupport.configure(registry, TELEGRAM, "polling",
                "jdbc:h2:mem:ticket-rules-flow;" + FlowTestSupport.H2_MODE);
        registry.add("switchboard.tickets.check-interval", () -> "300ms");
        // Moving the clock must not also move tickets for want of a response: that rule has its own tests.
        registry.add("switchboard.tickets.response-timeout", () -> "3650d");
        registry.add("switchboard.tickets.escalation-chat-id", () -> STAFF_CHAT);
    }

    @AfterAll
    static void stopTelegram() throws Exception {
        TELEGRAM.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;
    @Autowired
    Agents agents;
    @Autowired
    Accounts accounts;
    @Autowired
    VipMembers vips;
    @Autowired
    MemberRepository members;
    @Autowired
    TicketRepository tickets;
    @Autowired
    TicketEventRepository events;
    @Autowired
    TicketSla sla;

    @Test
    void aVipJumpsTheQueueToTheirManagerAndAnAgentGoingOfflineHandsTheirTicketToAnother() throws Exception {
        staff("mia", EnumSet.noneOf(TicketCategory.class), 2);
        staff("noah", EnumSet.allOf(TicketCategory.class), 1);
        staff("olga", EnumSet.allOf(TicketCategory.class), 100);
        Member withManager = vip("8101");
        vips.assignManager(withManager.getId(), "mia", "admin");
        vip("8102");

        Ticket normal = ticketOf(ask(8100, "en", "I want to talk to a human please"));
        Ticket managed = ticketOf(ask(8101, "en", "I need to talk to a human about my large withdrawal"));
        Ticket vip = ticketOf(ask(8102, "en", "Can I speak to a real person?"));

        online("mia");
        assertThat(assignee(managed)).as("the VIP's own manager, skills or not").isEqualTo("mia");
        assertThat(assignee(normal)).as("mia has no skills").isNull();

        online("noah");
        assertThat(assignee(vip)).as("the other VIP's ticket goes before the older one").isEqualTo("noah");
        assertThat(assignee(normal)).as("noah is full").isNull();

        online("olga");
        assertThat(assignee(normal)).isEqualTo("olga");
        assertThat(FlowTestSupport.postAsStaff(port, "/api/agents/noah/offline", "").statusCode()).isEqualTo(200);

        assertThat(assignee(vip)).isEqualTo("olga");
        assertThat(history(vip)).contains("assigned: noah -> nobody (noah went offline)", "assigned: nobody -> olga");
    }

    @Test
    void aFirstResponseMissedWhileTimePassesIsListedAsBreachedAndEscalatedOnceToTheStaffChat() throws Exception {
        Ticket ticket = ticketOf(ask(8200, "en", "I want to talk to a human please"));
        assertThat(breachedNumbers()).doesNotContain(ticket.getNumber());

        clock.advance(Duration.ofHours(4).plusMinutes(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> breachedNumbers().contains(ticket.getNumber()));
        JsonNode listed = breached().stream().filter(t -> t.path("number").asText().equals(ticket.getNumber()))
                .findFirst().orElseThrow();
        assertThat(listed.path("firstResponseBreachedAt").isNull()).isFalse();
        assertThat(listed.path("escalatedTo").asText()).isEqualTo("admin");
        SentMessage notice = await().atMost(Duration.ofSeconds(30)).until(() -> staffNotices(ticket),
                notices -> !notices.isEmpty()).get(0);
        assertThat(notice.text()).startsWith("SLA breach: ticket " + ticket.getNumber() + " (NORMAL, OTHER)"
                + " has had no first response").endsWith("Escalated to admin.").doesNotContain("8200");

        assertThat(sla.checkBreaches()).as("the check has marked it already").isZero();
        assertThat(history(ticket)).filteredOn(line -> line.startsWith("sla-breach:")).hasSize(1);
        assertThat(staffNotices(ticket)).hasSize(1);
    }

    @Test
    void statusInTelegramAnswersWithTheTeamsReplyInPrivateAndOnlyNumberAndStateInTheGroup() throws Exception {
        Ticket ticket = ticketOf(ask(8300, "en", "I want to talk to a human please"));
        Ticket someoneElses = ticketOf(ask(8301, "en", "I want to talk to a human too"));
        HttpResponse<String> reply = FlowTestSupport.postAsStaff(port,
                "/api/threads/" + ticket.getThread().getId() + "/replies",
                "{\"text\": \"Please send us the transaction hash of the deposit.\"}");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.sentTo("8300").size() == 2);

        String inPrivate = answerTo("8300", "en", 3, "/status");
        assertThat(inPrivate).startsWith("Ticket " + ticket.getNumber() + ": waiting for your reply\nLast updated: ")
                .endsWith("Latest reply from our support team:\nPlease send us the transaction hash of the deposit.")
                .doesNotContain("admin");

        long update = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(update, TelegramUpdates.groupCommand(update, update, 8300, "/status", ""));
        SentMessage inGroup = await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.sentTo(
                        String.valueOf(TelegramUpdates.GROUP_CHAT_ID)).stream()
                .filter(m -> m.replyToMessageId() != null && m.replyToMessageId() == update).findFirst().orElse(null),
                m -> m != null);
        assertThat(inGroup.text()).isEqualTo("Ticket " + ticket.getNumber() + ": waiting for your reply\n"
                + "For the details, send /status to me in a private chat.");

        assertThat(answerTo("8300", "en", 4, "/status " + someoneElses.getNumber()))
                .isEqualTo("None of your tickets has that number. Send /status to see your tickets.");
        assertThat(answerTo("8301", "en", 2, "/status " + someoneElses.getNumber()))
                .as("the owner sees it").startsWith("Ticket " + someoneElses.getNumber() + ": ");
    }

    @Test
    void statusIsAnsweredInTheMembersLanguage() throws Exception {
        ticketOf(ask(8400, "zh", "转人工客服"));

        assertThat(answerTo("8400", "zh", 2, "/status")).startsWith("工单 T-").contains("：已受理，等待客服处理", "最近更新：");
    }

    private void staff(String name, EnumSet<TicketCategory> skills, int capacity) {
        accounts.syncStaff(name, AccountRole.AGENT, "{noop}flow-test-" + name, hash -> true);
        agents.configure("admin", name, skills, capacity);
    }

    private Member vip(String telegramId) {
        Member member = new Member(Channel.TELEGRAM, telegramId, clock.instant());
        member.setVip(true, clock.instant());
        return members.save(member);
    }

    private void online(String agent) throws Exception {
        assertThat(FlowTestSupport.postAsStaff(port, "/api/agents/" + agent + "/online", "").statusCode())
                .isEqualTo(200);
    }

    /** A private message to the bot; returns its chat id. */
    private static String ask(long userId, String language, String text) {
        long update = TELEGRAM.nextUpdateId();
        TELEGRAM.publish(update, TelegramUpdates.privateText(update, update, userId, language, text));
        return String.valueOf(userId);
    }

    /** Asks in the private chat and returns the bot's answer, its {@code nth} message there. */
    private static String answerTo(String chat, String language, int nth, String text) {
        ask(Long.parseLong(chat), language, text);
        return await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.sentTo(chat), sent -> sent.size() >= nth)
                .get(nth - 1).text();
    }

    private Ticket ticketOf(String chatId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> tickets.findAll().stream()
                .filter(ticket -> ticket.getThread() != null && ticket.getThread().getChatId().equals(chatId))
                .findFirst().orElse(null), ticket -> ticket != null);
    }

    private String assignee(Ticket ticket) {
        return tickets.findById(ticket.getId()).orElseThrow().getAssignee();
    }

    private List<String> history(Ticket ticket) {
        return events.findByTicketOrderByAtAscIdAsc(ticket).stream()
                .map(event -> event.getAction() + ": " + event.getDetail()).toList();
    }

    private List<JsonNode> breached() throws Exception {
        HttpResponse<String> response = FlowTestSupport.get(port, "/api/tickets?breached=true&size=100", true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(JSON.readTree(response.body()).path("content").spliterator(), false).toList();
    }

    private List<String> breachedNumbers() throws Exception {
        return breached().stream().map(ticket -> ticket.path("number").asText()).toList();
    }

    private static List<SentMessage> staffNotices(Ticket ticket) {
        return TELEGRAM.sentTo(STAFF_CHAT).stream()
                .filter(message -> message.text().contains("ticket " + ticket.getNumber() + " ")).toList();
    }
}
