package io.switchboard.router.ticket;

import static io.switchboard.core.ticket.TicketCategory.ACCOUNT_SECURITY;
import static io.switchboard.core.ticket.TicketCategory.TRADING;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.RouterTestApplication;
import io.switchboard.core.account.AccountRole;
import io.switchboard.core.account.Accounts;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.member.MemberRepository;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.SupportThreadRepository;
import io.switchboard.core.ticket.VipMembers;
import io.switchboard.core.ticket.AgentStatus;
import io.switchboard.core.ticket.Agents;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketAssigner;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketChange;
import io.switchboard.core.ticket.TicketEvent;
import io.switchboard.core.ticket.TicketEventRepository;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketSla;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.core.ticket.TicketWorkflow;
import io.switchboard.testing.ShiftableClock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assignment, VIP and SLA rules on a database of their own (the route tests' tickets would be in the queue),
 * with time moved by the test: the periodic check is far in the future, the test calls it.
 */
@SpringBootTest(classes = RouterTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:ticket-assignment;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "switchboard.tickets.response-timeout=10m", "switchboard.tickets.check-interval=1d",
        "switchboard.tickets.vip-platform-ids=telegram:listed-vip", "switchboard.tickets.sla-manager=Duty",
        "switchboard.tickets.escalation-chat-id=" + TicketRulesTest.STAFF_CHAT})
class TicketRulesTest {

    static final String STAFF_CHAT = "-100777";

    @Autowired
    TicketWorkflow workflow;
    @Autowired
    TicketAssigner assigner;
    @Autowired
    Agents agents;
    @Autowired
    VipMembers vips;
    @Autowired
    TicketSla sla;
    @Autowired
    Accounts accounts;
    @Autowired
    TicketRepository tickets;
    @Autowired
    TicketEventRepository events;
    @Autowired
    MemberRepository members;
    @Autowired
    SupportThreadRepository threads;
    @Autowired
    ShiftableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutboxRepository outbox;

    @BeforeEach
    void noTicketsAndTwoAgents() {
        jdbc.update("delete from ticket_event");
        jdbc.update("delete from ticket");
        jdbc.update("delete from agent_skill");
        jdbc.update("delete from agent");
        for (String name : List.of("ann", "bob")) {
            accounts.syncStaff(name, AccountRole.AGENT, "{noop}secret", hash -> true);
        }
        agents.configure("admin", "ann", EnumSet.of(TRADING), 2);
        agents.configure("admin", "bob", EnumSet.of(TRADING, ACCOUNT_SECURITY), 2);
    }

    @Test
    void aNewTicketGoesToTheLeastLoadedOnlineAgentWithTheSkill() {
        agents.online("admin", "ann");
        agents.online("admin", "bob");
        Ticket first = open(TRADING, TicketPriority.NORMAL);
        Ticket second = open(TRADING, TicketPriority.NORMAL);
        Ticket security = open(ACCOUNT_SECURITY, TicketPriority.NORMAL);

        assertThat(assignee(first)).contains("ann");
        assertThat(assignee(second)).contains("bob");
        assertThat(assignee(security)).contains("bob");
        assertThat(history(first)).contains("assigned: nobody -> ann");
    }

    @Test
    void withNobodyFreeTheTicketWaitsInTheQueueUntilSomeoneComesOnlineVipFirst() {
        Ticket older = open(TRADING, TicketPriority.URGENT);
        Ticket vip = ticketOfVip(TRADING);
        Ticket normal = open(TRADING, TicketPriority.NORMAL);
        assertThat(assignee(older)).isEmpty();

        agents.configure("admin", "ann", EnumSet.of(TRADING), 1);
        agents.online("admin", "ann");

        assertThat(assignee(vip)).contains("ann");
        assertThat(assignee(older)).isEmpty();
        assertThat(assignee(normal)).isEmpty();

        workflow.change(vip.getId(), new TicketChange(TicketStatus.RESOLVED, null, null, null), "ann");
        assertThat(assignee(older)).as("resolving frees ann for the next in the queue").contains("ann");
    }

    @Test
    void anAgentGoingOfflineHandsTicketsToAnotherWithTheSkill() {
        agents.online("admin", "ann");
        Ticket ticket = open(TRADING, TicketPriority.NORMAL);
        agents.online("admin", "bob");

        AgentStatus ann = agents.offline("admin", "ann");

        assertThat(ann.online()).isFalse();
        assertThat(ann.lastSeenAt()).isEqualTo(clock.instant());
        assertThat(assignee(ticket)).contains("bob");
        assertThat(history(ticket)).contains("assigned: ann -> nobody (ann went offline)", "assigned: nobody -> bob");
    }

    @Test
    void anAgentWhoDoesNotRespondInTimeLosesTheTicketToAnother() {
        agents.online("admin", "ann");
        Ticket ticket = open(TRADING, TicketPriority.NORMAL);
        agents.online("admin", "bob");

        clock.advance(Duration.ofMinutes(9));
        assertThat(assigner.reassignUnanswered()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(assigner.reassignUnanswered()).isOne();

        assertThat(assignee(ticket)).contains("bob");
        assertThat(history(ticket)).contains("response-timeout: ann did not respond within PT10M",
                "assigned: ann -> bob");
    }

    @Test
    void aStatusChangeCountsAsAResponseAndAManualAssigneeOverridesTheRule() {
        agents.online("admin", "ann");
        agents.online("admin", "bob");
        Ticket ticket = open(TRADING, TicketPriority.NORMAL);
        workflow.change(ticket.getId(), new TicketChange(TicketStatus.OPEN, null, null, null), "ann");

        clock.advance(Duration.ofHours(1));
        assertThat(assigner.reassignUnanswered()).isZero();

        workflow.change(ticket.getId(), new TicketChange(null, null, null, Optional.of("bob")), "admin");
        assertThat(assignee(ticket)).contains("bob");
    }

    @Test
    void withNobodyElseFreeTheLateAgentKeepsTheTicketAndTheTimeoutStartsAgain() {
        agents.online("admin", "ann");
        Ticket ticket = open(TRADING, TicketPriority.NORMAL);

        clock.advance(Duration.ofMinutes(10));
        assertThat(assigner.reassignUnanswered()).isZero();
        assertThat(assigner.reassignUnanswered()).isZero();

        assertThat(assignee(ticket)).contains("ann");
        assertThat(history(ticket)).containsOnlyOnce(
                "response-timeout: ann did not respond within PT10M; nobody else is free, ann keeps it");
    }

    @Test
    void aVipsTicketGoesToTheirDedicatedManagerWhileTheyHaveRoom() {
        agents.online("admin", "ann");
        agents.online("admin", "bob");
        open(TRADING, TicketPriority.NORMAL);
        open(TRADING, TicketPriority.NORMAL);
        Member member = vip("with-manager");
        vips.assignManager(member.getId(), "bob", "admin");

        Ticket first = ticketOf(member, TRADING);
        Ticket second = ticketOf(member, TRADING);

        assertThat(assignee(first)).as("bob holds one of two, ann one: bob as the manager").contains("bob");
        assertThat(assignee(second)).as("bob is full: the normal rule").contains("ann");
    }

    @Test
    void aListedPlatformIdIsAVipWhoseTicketGetsTheVipPriority() {
        Member listed = members.save(new Member(Channel.TELEGRAM, "listed-vip", clock.instant()));

        Ticket ticket = ticketOf(listed, TRADING);

        Ticket stored = tickets.findById(ticket.getId()).orElseThrow();
        assertThat(stored.isForVip()).isTrue();
        assertThat(stored.getPriority()).isEqualTo(TicketPriority.HIGH);
        assertThat(history(ticket)).contains("vip: VIP member; priority NORMAL -> HIGH");
    }

    @Test
    void aMissedFirstResponseIsMarkedOnceRecordedAndEscalated() {
        Ticket ticket = open(TRADING, TicketPriority.NORMAL);
        Ticket stored = tickets.findById(ticket.getId()).orElseThrow();
        assertThat(stored.getFirstResponseDueAt()).isEqualTo(stored.getCreatedAt().plus(Duration.ofHours(4)));
        assertThat(stored.getResolutionDueAt()).isEqualTo(stored.getCreatedAt().plus(Duration.ofHours(72)));

        clock.advance(Duration.ofHours(4).minusSeconds(1));
        assertThat(sla.checkBreaches()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sla.checkBreaches()).isOne();
        assertThat(sla.checkBreaches()).as("a breach is marked once").isZero();

        stored = tickets.findById(ticket.getId()).orElseThrow();
        assertThat(stored.isBreached()).isTrue();
        assertThat(stored.getFirstResponseBreachedAt()).isEqualTo(clock.instant());
        assertThat(stored.getResolutionBreachedAt()).isNull();
        assertThat(stored.getEscalatedTo()).isEqualTo("duty");
        assertThat(history(ticket)).contains("sla-breach: first response was due " + stored.getFirstResponseDueAt()
                + "; escalated to duty");
        assertThat(staffChatNotices(ticket)).as("one notice for the breach, however often the check runs")
                .singleElement().satisfies(notice -> {
                    assertThat(notice.getChatId()).isEqualTo(STAFF_CHAT);
                    assertThat(notice.getText()).isEqualTo("SLA breach: ticket " + ticket.getNumber()
                            + " (NORMAL, TRADING) has had no first response; it was due "
                            + utc(ticket.getFirstResponseDueAt()) + ". Escalated to duty.");
                });
    }

    @Test
    void aVipsBreachIsEscalatedToTheirDedicatedManagerAsWell() {
        Member member = vip("breach-" + clock.millis());
        vips.assignManager(member.getId(), "ann", "admin");
        Ticket ticket = ticketOf(member, TRADING);

        clock.advance(Duration.ofMinutes(30));
        assertThat(sla.checkBreaches()).isOne();

        assertThat(tickets.findById(ticket.getId()).orElseThrow().getEscalatedTo()).isEqualTo("ann, duty");
        assertThat(staffChatNotices(ticket)).singleElement().satisfies(notice -> assertThat(notice.getText())
                .contains(ticket.getNumber() + " (HIGH, VIP, TRADING)", "Escalated to ann, duty.")
                .doesNotContain(member.getPlatformId(), "member question"));
    }

    @Test
    void aResponseInTimeMeetsTheFirstResponseTargetButNotTheResolutionOne() {
        Ticket ticket = open(TRADING, TicketPriority.URGENT);
        workflow.change(ticket.getId(), new TicketChange(TicketStatus.OPEN, null, null, null), "ann");

        clock.advance(Duration.ofHours(4));
        assertThat(sla.checkBreaches()).isOne();

        Ticket stored = tickets.findById(ticket.getId()).orElseThrow();
        assertThat(stored.getFirstResponseBreachedAt()).isNull();
        assertThat(stored.getResolutionBreachedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aVipsTargetsAreTighterAndARaisedPriorityMovesThem() {
        Ticket vip = tickets.findById(ticketOfVip(TRADING).getId()).orElseThrow();
        assertThat(vip.getPriority()).isEqualTo(TicketPriority.HIGH);
        assertThat(vip.getFirstResponseDueAt()).isEqualTo(vip.getCreatedAt().plus(Duration.ofMinutes(30)));

        Ticket normal = open(TRADING, TicketPriority.NORMAL);
        workflow.change(normal.getId(), new TicketChange(null, TicketPriority.URGENT, null, null), "admin");
        Ticket raised = tickets.findById(normal.getId()).orElseThrow();
        assertThat(raised.getFirstResponseDueAt()).isEqualTo(raised.getCreatedAt().plus(Duration.ofMinutes(15)));
    }

    private Ticket open(TicketCategory category, TicketPriority priority) {
        clock.advance(Duration.ofSeconds(1));
        return workflow.openByHand("question", category, priority, null, "admin");
    }

    private Ticket ticketOfVip(TicketCategory category) {
        return ticketOf(vip("vip-" + clock.millis()), category);
    }

    private Member vip(String platformId) {
        Member member = new Member(Channel.TELEGRAM, platformId, clock.instant());
        member.setVip(true, clock.instant());
        return members.save(member);
    }

    private Ticket ticketOf(Member member, TicketCategory category) {
        clock.advance(Duration.ofSeconds(1));
        SupportThread thread = threads.save(new SupportThread(Channel.TELEGRAM, "chat:" + clock.millis(),
                "chat", null, true, member, "en", clock.instant()));
        return workflow.openByHand("member question", category, TicketPriority.NORMAL, thread.getId(), "admin");
    }

    private List<OutboxEntry> staffChatNotices(Ticket ticket) {
        return outbox.findAll().stream()
                .filter(entry -> entry.getDecisionKey().startsWith("sla-breach:" + ticket.getNumber() + ":")).toList();
    }

    private static String utc(java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(at);
    }

    private Optional<String> assignee(Ticket ticket) {
        return Optional.ofNullable(tickets.findById(ticket.getId()).orElseThrow().getAssignee());
    }

    private List<String> history(Ticket ticket) {
        return events.findByTicketOrderByAtAscIdAsc(ticket).stream()
                .map(event -> event.getAction() + ": " + event.getDetail()).toList();
    }
}
