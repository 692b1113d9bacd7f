package io.switchboard.admin.dashboard;

import io.switchboard.admin.ticket.TicketQueries;
import io.switchboard.admin.ticket.TicketStats;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.thread.Direction;
import io.switchboard.core.thread.ThreadStatus;
import io.switchboard.core.ticket.TicketWorkflow;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's numbers, counted from the stored rows at the injected clock's now. Hours and days
 * are UTC; each window ends with the current (partial) hour or day.
 */
@Service
@Transactional(readOnly = true)
class DashboardNumbers {

    static final int HOURS = 24;
    static final int DAYS = 7;

    private final EntityManager entities;
    private final TicketQueries tickets;
    private final Clock clock;

    DashboardNumbers(EntityManager entities, TicketQueries tickets, Clock clock) {
        this.entities = entities;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** Members' messages (IN) per channel, for each of the last 24 hours, oldest first; every hour present. */
    Map<Instant, Map<Channel, Long>> messagesPerHour() {
        Instant firstHour = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(HOURS - 1));
        Map<Instant, Map<Channel, Long>> hours = new LinkedHashMap<>();
        for (int hour = 0; hour < HOURS; hour++) {
            Map<Channel, Long> counts = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                counts.put(channel, 0L);
            }
            hours.put(firstHour.plus(Duration.ofHours(hour)), counts);
        }
        // Grouping by hour in SQL differs between H2 and PostgreSQL; a day of (channel, time) pairs is small.
        entities.createQuery("select m.channel, m.createdAt from ThreadMessage m"
                        + " where m.direction = :direction and m.createdAt >= :since", Object[].class)
                .setParameter("direction", Direction.IN)
                .setParameter("since", firstHour)
                .getResultList().forEach(row -> {
                    Map<Channel, Long> hour = hours.get(((Instant) row[1]).truncatedTo(ChronoUnit.HOURS));
                    if (hour != null) {
                        hour.merge((Channel) row[0], 1L, Long::sum);
                    }
                });
        return hours;
    }

    /**
     * What the pipeline did with the support threads active in the window: answered by the engine
     * (the thread is ANSWERED, or CLOSED by the member's Yes under the bot's answer) or escalated to a
     * ticket (ESCALATED, or CLOSED once its ticket was resolved).
     */
    AutoAnswers autoAnswers(Duration window) {
        Instant since = clock.instant().minus(window);
        long resolvedTickets = closedThreads("exists (select k from Ticket k where k.thread = t)", since);
        long resolvedByTheBot = closedThreads("not exists (select k from Ticket k where k.thread = t) and exists"
                + " (select a from BotAnswer a where a.thread = t and a.outcome = io.switchboard.core.answer.AnswerOutcome.YES)",
                since);
        return new AutoAnswers(threadsIn(ThreadStatus.ANSWERED, since) + resolvedByTheBot,
                threadsIn(ThreadStatus.ESCALATED, since) + resolvedTickets);
    }

    private long closedThreads(String condition, Instant since) {
        return entities.createQuery("select count(t) from SupportThread t where t.status = :closed"
                        + " and t.lastActivityAt >= :since and " + condition, Long.class)
                .setParameter("closed", ThreadStatus.CLOSED)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** Tickets the pipeline opened (not by hand) on each of the last 7 UTC days, oldest first. */
    Map<LocalDate, Long> escalationsPerDay() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate firstDay = today.minusDays(DAYS - 1);
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            days.put(day, 0L);
        }
        entities.createQuery("select t.createdAt from Ticket t where t.reason <> :byHand and t.createdAt >= :since",
                        Instant.class)
                .setParameter("byHand", TicketWorkflow.OPENED_BY_HAND)
                .setParameter("since", firstDay.atStartOfDay(ZoneOffset.UTC).toInstant())
                .getResultList()
                .forEach(at -> days.computeIfPresent(LocalDate.ofInstant(at, ZoneOffset.UTC), (day, n) -> n + 1));
        return days;
    }

    /** Unresolved tickets by age and the SLA breaches, as the ticket API counts them. */
    TicketStats tickets() {
        return tickets.stats();
    }

    private long threadsIn(ThreadStatus status, Instant since) {
        return entities.createQuery("select count(t) from SupportThread t"
                        + " where t.status = :status and t.lastActivityAt >= :since", Long.class)
                .setParameter("status", status)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** @param answered threads the engine answered; @param escalated threads that became tickets */
    record AutoAnswers(long answered, long escalated) {

        /** The engine's share in whole percent, rounded half up (4 of 6 is 67%); 0 when nothing was decided. */
        public long percent() {
            long decided = answered + escalated;
            return decided == 0 ? 0 : (answered * 200 + decided) / (2 * decided);
        }
    }

}
