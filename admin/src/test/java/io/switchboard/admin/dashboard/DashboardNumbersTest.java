package io.switchboard.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.admin.support.StaffApiTest;
import io.switchboard.admin.support.TestData;
import io.switchboard.admin.ticket.TicketQueries;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.member.Member;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.SupportThread;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.Ticket;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.core.ticket.TicketPriority;
import io.switchboard.core.ticket.TicketRepository;
import io.switchboard.core.ticket.TicketStatus;
import io.switchboard.core.ticket.TicketWorkflow;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's numbers from seeded rows, counted at a fixed now. */
@StaffApiTest
class DashboardNumbersTest {

    /** 14:35 UTC: the current hour is 14:00, the first of the 24 is 15:00 yesterday. */
    static final Instant NOW = Instant.parse("2025-03-08T14:35:00Z");

    @Autowired
    TestData data;

    @Autowired
    EntityManager entities;

    @Autowired
    TicketQueries ticketQueries;

    @Autowired
    TicketRepository tickets;

    DashboardNumbers numbers;
    Member alice;
    Member bob;

    @BeforeEach
    void fixedClock() {
        data.reset();
        numbers = new DashboardNumbers(entities, ticketQueries, Clock.fixed(NOW, ZoneOffset.UTC));
        alice = data.member(Channel.TELEGRAM, "9001", "Alice", "alice", false);
        bob = data.member(Channel.FACEBOOK, "9002", "Bob", "bob", false);
    }

    @Test
    void messagesAreCountedPerChannelInEachOfTheLast24Hours() {
        SupportThread telegram = data.thread(alice, "tg:1", ThreadStatus.OPEN, NOW, NOW);
        SupportThread facebook = data.thread(bob, "fb:1", ThreadStatus.OPEN, NOW, NOW);
        data.message(telegram, Direction.IN, "t1", "hi", null, Instant.parse("2025-03-08T14:01:00Z"));
        data.message(telegram, Direction.IN, "t2", "hello?", null, Instant.parse("2025-03-08T14:30:00Z"));
        data.message(telegram, Direction.OUT, "t3", "the bot's answer", null, Instant.parse("2025-03-08T14:31:00Z"));
        data.message(facebook, Direction.IN, "f1", "comment", null, Instant.parse("2025-03-07T15:00:00Z"));
        data.message(facebook, Direction.IN, "f2", "too old", null, Instant.parse("2025-03-07T14:59:59Z"));

        Map<Instant, Map<Channel, Long>> hours = numbers.messagesPerHour();

        assertThat(hours).hasSize(24);
        assertThat(hours.keySet()).first().isEqualTo(Instant.parse("2025-03-07T15:00:00Z"));
        assertThat(hours.keySet()).last().isEqualTo(Instant.parse("2025-03-08T14:00:00Z"));
        assertThat(hours.get(Instant.parse("2025-03-08T14:00:00Z")))
                .containsEntry(Channel.TELEGRAM, 2L).containsEntry(Channel.FACEBOOK, 0L);
        assertThat(hours.get(Instant.parse("2025-03-07T15:00:00Z")))
                .containsEntry(Channel.FACEBOOK, 1L).containsEntry(Channel.TELEGRAM, 0L);
        assertThat(hours.values().stream().flatMap(hour -> hour.values().stream()).mapToLong(Long::longValue).sum())
                .isEqualTo(3);
    }

    @Test
    void theAutoAnswerRateComparesAnsweredWithEscalatedThreads() {
        data.thread(alice, "a1", ThreadStatus.ANSWERED, NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(1)));
        data.thread(alice, "a2", ThreadStatus.ANSWERED, NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofHours(3)));
        data.thread(bob, "a3", ThreadStatus.ANSWERED, NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(3)));
        data.thread(bob, "e1", ThreadStatus.ESCALATED, NOW.minus(Duration.ofHours(4)), NOW.minus(Duration.ofHours(4)));
        data.thread(bob, "e2", ThreadStatus.ESCALATED, NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(8)));
        data.thread(bob, "o1", ThreadStatus.OPEN, NOW, NOW);

        DashboardNumbers.AutoAnswers day = numbers.autoAnswers(Duration.ofDays(1));
        DashboardNumbers.AutoAnswers week = numbers.autoAnswers(Duration.ofDays(7));

        assertThat(day).isEqualTo(new DashboardNumbers.AutoAnswers(2, 1));
        assertThat(day.percent()).as("2 of 3, rounded to the nearest percent").isEqualTo(67);
        assertThat(week).isEqualTo(new DashboardNumbers.AutoAnswers(3, 1));
        assertThat(week.percent()).isEqualTo(75);
        assertThat(new DashboardNumbers.AutoAnswers(0, 0).percent()).isZero();
    }

    @Test
    void theAutoAnswerRateRoundsToTheNearestPercent() {
        assertThat(new DashboardNumbers.AutoAnswers(4, 2).percent()).as("4 of 6").isEqualTo(67);
        assertThat(new DashboardNumbers.AutoAnswers(1, 2).percent()).as("1 of 3").isEqualTo(33);
        assertThat(new DashboardNumbers.AutoAnswers(1, 7).percent()).as("1 of 8, 12.5").isEqualTo(13);
        assertThat(new DashboardNumbers.AutoAnswers(1, 199).percent()).as("1 of 200, 0.5").isEqualTo(1);
        assertThat(new DashboardNumbers.AutoAnswers(199, 1).percent()).as("199 of 200, 99.5").isEqualTo(100);
        assertThat(new DashboardNumbers.AutoAnswers(6, 0).percent()).isEqualTo(100);
    }

    @Test
    void aThreadClosedWhenItsTicketWasResolvedStillCountsAsEscalatedAndAScamTheGuardClosedDoesNot() {
        data.thread(alice, "a1", ThreadStatus.ANSWERED, NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(1)));
        SupportThread resolved = data.thread(bob, "r1", ThreadStatus.CLOSED, NOW.minus(Duration.ofHours(4)),
                NOW.minus(Duration.ofHours(3)));
        data.ticket(resolved, "resolved by an agent", TicketStatus.RESOLVED, NOW.minus(Duration.ofHours(4)));
        data.thread(bob, "s1", ThreadStatus.CLOSED, NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(2)));

        assertThat(numbers.autoAnswers(Duration.ofDays(1))).isEqualTo(new DashboardNumbers.AutoAnswers(1, 1));
    }

    @Test
    void escalationsAreTicketsThePipelineOpenedPerUtcDay() {
        SupportThread thread = data.thread(alice, "tg:2", ThreadStatus.ESCALATED, NOW, NOW);
        data.ticket(thread, "today", TicketStatus.NEW, Instant.parse("2025-03-08T00:00:00Z"));
        data.ticket(thread, "today too", TicketStatus.NEW, Instant.parse("2025-03-08T14:00:00Z"));
        data.ticket(thread, "six days ago", TicketStatus.RESOLVED, Instant.parse("2025-03-02T23:59:00Z"));
        data.ticket(thread, "a week ago", TicketStatus.CLOSED, Instant.parse("2025-03-01T23:59:00Z"));
        tickets.save(new Ticket(null, "by hand", TicketCategory.OTHER, TicketPriority.LOW,
                TicketWorkflow.OPENED_BY_HAND, Instant.parse("2025-03-08T09:00:00Z")));

        Map<LocalDate, Long> days = numbers.escalationsPerDay();

        assertThat(days.keySet()).containsExactly(LocalDate.parse("2025-03-02"), LocalDate.parse("2025-03-03"),
                LocalDate.parse("2025-03-04"), LocalDate.parse("2025-03-05"), LocalDate.parse("2025-03-06"),
                LocalDate.parse("2025-03-07"), LocalDate.parse("2025-03-08"));
        assertThat(days.values()).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 2L);
    }

    @Test
    void ticketNumbersAreTheTicketApisStats() {
        Ticket breached = data.ticket(null, "late", TicketStatus.OPEN, NOW.minus(Duration.ofDays(5)));
        breached.markFirstResponseBreached(NOW, "admin");
        tickets.save(breached);
        data.ticket(null, "done", TicketStatus.RESOLVED, NOW);

        assertThat(numbers.tickets().unresolved()).isEqualTo(1);
        assertThat(numbers.tickets().unresolvedBreached()).isEqualTo(1);
        assertThat(numbers.tickets().firstResponseBreaches()).isEqualTo(1);
        assertThat(numbers.tickets().resolutionBreaches()).isZero();
        assertThat(List.copyOf(numbers.tickets().unresolvedByAge().keySet()))
                .containsExactly("under-1h", "1h-4h", "4h-24h", "1d-3d", "over-3d");
    }
}
