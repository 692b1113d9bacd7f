package io.switchboard.core.ticket;

import static io.switchboard.core.ticket.TicketCategory.ACCOUNT_SECURITY;
import static io.switchboard.core.ticket.TicketCategory.DEPOSIT_WITHDRAWAL;
import static io.switchboard.core.ticket.TicketCategory.TRADING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.member.Member;
import io.switchboard.core.testing.StoppedClock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Who gets a ticket, as agents see it in their queue: the least-loaded online agent with the skill,
 * a VIP's dedicated manager first, nobody who is offline or full; tickets handed back when an agent
 * leaves or lets one wait, and the history saying so.
 */
@AutoConfigureJson
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate", TicketDeskSlice.H2})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = TicketDeskSlice.class)
class TicketAssignerTest {

    @Autowired
    TicketWorkflow workflow;

    @Autowired
    TicketAssigner assigner;

    @Autowired
    Agents agents;

    @Autowired
    VipMembers vips;

    @Autowired
    TicketDeskSlice.People people;

    @Autowired
    TicketEventRepository events;

    @Autowired
    StoppedClock clock;

    private Ticket open(TicketCategory category, TicketPriority priority) {
        return workflow.openByHand("Help", category, priority, null, "admin");
    }

    private Ticket openFor(Member member) {
        return workflow.openByHand("Help", TRADING, TicketPriority.NORMAL, people.threadOf(member).getId(), "admin");
    }

    private Member vip(String platformId) {
        Member member = people.member(platformId);
        member.setVip(true, clock.instant());
        return member;
    }

    @Test
    void aNewTicketGoesToTheLeastLoadedOnlineAgentWithItsCategory() {
        people.onlineAgent("ann", 5, TRADING);
        people.onlineAgent("bob", 5, TRADING, ACCOUNT_SECURITY);
        people.onlineAgent("cid", 5, ACCOUNT_SECURITY);

        Ticket first = open(TRADING, TicketPriority.NORMAL);
        Ticket second = open(TRADING, TicketPriority.NORMAL);
        Ticket third = open(ACCOUNT_SECURITY, TicketPriority.NORMAL);

        assertThat(first.getAssignee()).as("equal loads go by name").isEqualTo("ann");
        assertThat(second.getAssignee()).as("ann holds one now").isEqualTo("bob");
        assertThat(third.getAssignee()).isEqualTo("cid");
        assertThat(events.findByTicketOrderByAtAscIdAsc(first)).extracting(TicketEvent::getActor,
                TicketEvent::getAction, TicketEvent::getDetail)
                .contains(tuple(TicketEvent.SYSTEM, TicketEvent.ASSIGNED, "nobody -> ann"));
    }

    @Test
    void offlineAndFullAgentsAreSkippedAndTheTicketWaitsForSomeoneToComeOnline() {
        people.onlineAgent("ann", 1, DEPOSIT_WITHDRAWAL);
        people.offlineAgent("bob", 5, DEPOSIT_WITHDRAWAL);
        Ticket held = open(DEPOSIT_WITHDRAWAL, TicketPriority.NORMAL);

        Ticket waiting = open(DEPOSIT_WITHDRAWAL, TicketPriority.NORMAL);
        assertThat(held.getAssignee()).isEqualTo("ann");
        assertThat(waiting.getAssignee()).as("ann is full, bob offline").isNull();

        agents.online("bob", "bob");
        assertThat(waiting.getAssignee()).isEqualTo("bob");
    }

    @Test
    void theQueueIsServedVipsFirstThenByPriorityThenOldestFirst() {
        Ticket normal = open(TRADING, TicketPriority.NORMAL);
        clock.advance(Duration.ofMinutes(1));
        Ticket urgent = open(TRADING, TicketPriority.URGENT);
        Ticket forVip = openFor(vip("4100005"));
        people.onlineAgent("ann", 2, TRADING);

        assertThat(forVip.getAssignee()).isEqualTo("ann");
        assertThat(urgent.getAssignee()).isEqualTo("ann");
        assertThat(normal.getAssignee()).as("ann is full").isNull();
    }

    @Test
    void aVipsTicketGoesToTheirDedicatedManagerEvenWithoutTheSkill() {
        people.onlineAgent("ann", 5, TRADING);
        people.onlineAgent("mia", 5);
        Member member = vip("4100006");
        vips.assignManager(member.getId(), "Mia", "admin");

        Ticket ticket = openFor(member);

        assertThat(ticket.getAssignee()).isEqualTo("mia");
        assertThat(member.getManager()).isEqualTo("mia");
    }

    @Test
    void markingAMemberVipRaisesTheirOpenTicketsAndOnlyStaffCanManageThem() {
        Member member = people.member("4100007");
        Ticket ticket = openFor(member);

        vips.markVip(member.getId(), true, "admin");

        assertThat(ticket.isForVip()).isTrue();
        assertThat(ticket.getPriority()).isEqualTo(TicketPriority.HIGH);
        assertThat(vips.isVip(member)).isTrue();
        assertThatThrownBy(() -> vips.assignManager(member.getId(), "4100007", "admin"))
                .isInstanceOf(InvalidTicketRequestException.class)
                .hasMessage("'4100007' is not a staff account");
    }

    @Test
    void anAgentWhoGoesOfflineHandsTheirTicketsToAnotherAgent() {
        people.onlineAgent("ann", 5, TRADING);
        Ticket ticket = open(TRADING, TicketPriority.NORMAL);
        people.onlineAgent("bob", 5, TRADING);

        agents.offline("ann", "ann");

        assertThat(ticket.getAssignee()).isEqualTo("bob");
        assertThat(events.findByTicketOrderByAtAscIdAsc(ticket)).extracting(TicketEvent::getDetail)
                .contains("ann -> nobody (ann went offline)", "nobody -> bob");
        assertThat(agents.list()).extracting(AgentStatus::username, AgentStatus::online, AgentStatus::load)
                .containsExactly(tuple("ann", false, 0L), tuple("bob", true, 1L));
    }

    @Test
    void aTicketTheAgentLeftUnansweredPastTheResponseTimeoutMovesToSomeoneElseWhoIsFree() {
        people.onlineAgent("ann", 5, TRADING);
        Ticket ticket = open(TRADING, TicketPriority.NORMAL);
        people.onlineAgent("bob", 5, TRADING);

        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(assigner.reassignUnanswered()).as("a second early").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(assigner.reassignUnanswered()).isEqualTo(1);

        assertThat(ticket.getAssignee()).isEqualTo("bob");
        assertThat(events.findByTicketOrderByAtAscIdAsc(ticket)).extracting(TicketEvent::getAction,
                TicketEvent::getDetail).contains(tuple("response-timeout", "ann did not respond within PT15M"));
    }

    @Test
    void anAgentWhoRespondedOrHasNobodyToHandOverToKeepsTheTicket() {
        people.onlineAgent("ann", 5, TRADING);
        Ticket answered = open(TRADING, TicketPriority.NORMAL);
        Ticket alone = open(TRADING, TicketPriority.NORMAL);
        workflow.change(answered.getId(), new TicketChange(TicketStatus.OPEN, null, null, null), "ann");

        clock.advance(Duration.ofMinutes(15));

        assertThat(assigner.reassignUnanswered()).isZero();
        assertThat(answered.getAssignee()).isEqualTo("ann");
        assertThat(alone.getAssignee()).isEqualTo("ann");
        assertThat(events.findByTicketOrderByAtAscIdAsc(alone)).extracting(TicketEvent::getDetail)
                .contains("ann did not respond within PT15M; nobody else is free, ann keeps it");
        assertThat(events.findByTicketOrderByAtAscIdAsc(answered)).extracting(TicketEvent::getAction)
                .doesNotContain("response-timeout");
    }

    @Test
    void onlyAStaffAccountWithAProfileCanTakeTickets() {
        people.staff("eve", AccountRole.AGENT);

        assertThatThrownBy(() -> agents.configure("admin", "mallory", Set.of(TRADING), 3))
                .isInstanceOf(AgentNotFoundException.class).hasMessage("'mallory' is not a staff account");
        assertThatThrownBy(() -> agents.online("eve", "eve"))
                .isInstanceOf(AgentNotFoundException.class)
                .hasMessage("'eve' is not an agent: give them skills and a capacity first (PUT /api/agents/eve)");

        agents.ensureAgent("admin", "eve");
        assertThat(agents.list()).singleElement().satisfies(eve -> {
            assertThat(eve.skills()).containsExactlyInAnyOrder(TicketCategory.values());
            assertThat(eve.capacity()).isEqualTo(Agents.DEFAULT_CAPACITY);
            assertThat(eve.online()).isFalse();
        });
    }
}
