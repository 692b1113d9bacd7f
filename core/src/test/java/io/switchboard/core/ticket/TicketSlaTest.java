package io.switchboard.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.switchboard.core.account.AccountRole;
import io.switchboard.core.member.Member;
import io.switchboard.core.testing.StoppedClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * When a ticket's first response and resolution are due (the default targets by priority, halved
 * for a VIP), and what happens when one is missed: marked once, written in the history, escalated
 * to the VIP's manager and the admins, published once.
 */
@AutoConfigureJson
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate", TicketDeskSlice.H2})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = TicketDeskSlice.class)
@RecordApplicationEvents
class TicketSlaTest {

    @Autowired
    TicketWorkflow workflow;

    @Autowired
    TicketSla sla;

    @Autowired
    TicketDeskSlice.People people;

    @Autowired
    TicketEventRepository events;

    @Autowired
    StoppedClock clock;

    @Autowired
    ApplicationEvents published;

    /** The clock is the context's, shared by the test classes: each test counts from where it finds it. */
    private Instant start;

    @BeforeEach
    void admins() {
        start = clock.instant();
        people.staff("root", AccountRole.ADMIN);
        people.staff("ada", AccountRole.ADMIN);
        people.staff("mo", AccountRole.MODERATOR);
    }

    private Ticket open(TicketPriority priority) {
        return workflow.openByHand("Cannot log in", TicketCategory.ACCOUNT_SECURITY, priority, null, "root");
    }

    private Ticket openForVip(Member member) {
        return workflow.openByHand("Cannot log in", TicketCategory.ACCOUNT_SECURITY, TicketPriority.NORMAL,
                people.threadOf(member).getId(), "root");
    }

    @Test
    void eachPriorityHasItsOwnTargetsCountedFromWhenTheTicketOpened() {
        Ticket low = open(TicketPriority.LOW);
        Ticket normal = open(TicketPriority.NORMAL);
        Ticket urgent = open(TicketPriority.URGENT);

        assertThat(low.getFirstResponseDueAt()).isEqualTo(start.plus(Duration.ofHours(24)));
        assertThat(low.getResolutionDueAt()).isEqualTo(start.plus(Duration.ofDays(7)));
        assertThat(normal.getFirstResponseDueAt()).isEqualTo(start.plus(Duration.ofHours(4)));
        assertThat(normal.getResolutionDueAt()).isEqualTo(start.plus(Duration.ofHours(72)));
        assertThat(urgent.getFirstResponseDueAt()).isEqualTo(start.plus(Duration.ofMinutes(15)));
        assertThat(urgent.getResolutionDueAt()).isEqualTo(start.plus(Duration.ofHours(4)));
    }

    @Test
    void aVipsTicketIsDueInHalfTheTimeOfItsRaisedPriority() {
        Member vip = people.member("4100003");
        vip.setVip(true, start);

        Ticket ticket = openForVip(vip);

        assertThat(ticket.getPriority()).isEqualTo(TicketPriority.HIGH);
        assertThat(ticket.getFirstResponseDueAt()).isEqualTo(start.plus(Duration.ofMinutes(30)));
        assertThat(ticket.getResolutionDueAt()).isEqualTo(start.plus(Duration.ofHours(12)));
    }

    @Test
    void raisingThePriorityLaterBringsTheTargetsCloserStillCountedFromTheStart() {
        Ticket ticket = open(TicketPriority.NORMAL);
        clock.advance(Duration.ofMinutes(10));

        workflow.change(ticket.getId(), new TicketChange(null, TicketPriority.URGENT, null, null), "root");

        assertThat(ticket.getFirstResponseDueAt()).isEqualTo(start.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aMissedFirstResponseIsMarkedOnceAtItsDueTimeAndEscalatedToEveryAdmin() {
        Ticket ticket = open(TicketPriority.NORMAL);

        clock.advance(Duration.ofHours(4).minusSeconds(1));
        assertThat(sla.checkBreaches()).as("a second early").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sla.checkBreaches()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(5));
        assertThat(sla.checkBreaches()).as("the same breach again").isZero();

        assertThat(ticket.isBreached()).isTrue();
        assertThat(ticket.getFirstResponseBreachedAt()).isEqualTo(start.plus(Duration.ofHours(4)));
        assertThat(ticket.getResolutionBreachedAt()).isNull();
        assertThat(ticket.getEscalatedTo()).as("the admins by name, not the moderator").isEqualTo("ada, root");
        assertThat(events.findByTicketOrderByAtAscIdAsc(ticket)).extracting(TicketEvent::getActor,
                TicketEvent::getAction, TicketEvent::getDetail).contains(tuple(TicketEvent.SYSTEM, "sla-breach",
                "first response was due " + start.plus(Duration.ofHours(4)) + "; escalated to ada, root"));
        assertThat(published.stream(SlaBreach.class)).singleElement().satisfies(breach -> {
            assertThat(breach.target()).isEqualTo(SlaBreach.Target.FIRST_RESPONSE);
            assertThat(breach.ticket().getId()).isEqualTo(ticket.getId());
        });
    }

    @Test
    void aTicketAnsweredInTimeCanStillMissItsResolutionButAResolvedOneMissesNothing() {
        Ticket answered = open(TicketPriority.NORMAL);
        Ticket resolved = open(TicketPriority.NORMAL);
        workflow.change(answered.getId(), new TicketChange(TicketStatus.OPEN, null, null, null), "root");
        workflow.change(resolved.getId(), new TicketChange(TicketStatus.RESOLVED, null, null, null), "root");

        clock.advance(Duration.ofHours(72));

        assertThat(sla.checkBreaches()).isEqualTo(1);
        assertThat(answered.getFirstResponseBreachedAt()).isNull();
        assertThat(answered.getResolutionBreachedAt()).isEqualTo(clock.instant());
        assertThat(resolved.isBreached()).isFalse();
        assertThat(published.stream(SlaBreach.class)).extracting(SlaBreach::target)
                .containsExactly(SlaBreach.Target.RESOLUTION);
    }

    @Test
    void aVipsBreachGoesToTheirDedicatedManagerFirst() {
        people.staff("mia", AccountRole.AGENT);
        Member vip = people.member("4100004");
        vip.setVip(true, start);
        vip.assignManager("mia", start);
        Ticket ticket = openForVip(vip);

        clock.advance(Duration.ofHours(12));

        assertThat(sla.checkBreaches()).as("both targets at once").isEqualTo(2);
        assertThat(ticket.getEscalatedTo()).isEqualTo("mia, ada, root");
    }
}
