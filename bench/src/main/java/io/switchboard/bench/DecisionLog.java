package io.switchboard.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the application decided about a range of Telegram updates, read from its database after
 * the fact, so the main code needs no instrumentation. The webhook stamps each stored event
 * ({@code inbound_event.stored_at}); the intake transaction that decides about it stamps the
 * ticket ({@code ticket.created_at}) and the reply in the outbox ({@code outbox_entry.created_at},
 * keyed {@code reply:telegram:<update id>}; an escalation's ticket notice is one too). Both stamps
 * come from the application's clock while the rows are written, a moment before their commit.
 */
final class DecisionLog {

    enum Outcome {
        /** An answer, courtesy or welcome in the outbox. */
        REPLY,
        /** A ticket, with its notice in the outbox. */
        TICKET,
        /** Processed without a decision: group chatter, small talk. */
        SILENT,
        /** The intake gave up on the event. */
        FAILED
    }

    /**
     * One stored event.
     *
     * @param decidedAt when its first decision row was written; null when silent or failed
     * @param processedAt when the intake marked it processed (or failed), silent ones too; null while it waits
     */
    record Event(Outcome outcome, Instant storedAt, Instant decidedAt, Instant processedAt) {

        Duration receiptToDecision() {
            return Duration.between(storedAt, decidedAt);
        }

        Duration receiptToProcessed() {
            return Duration.between(storedAt, processedAt);
        }

        /** Whether the intake had processed it by {@code at}. */
        boolean processedBy(Instant at) {
            return processedAt != null && !processedAt.isAfter(at);
        }
    }

    // The thread message links an event to its thread, and so to the thread's ticket: every
    // private question of the bench comes from a new member, so its thread is its own.
    private static final String EVENTS = """
            select e.status, e.stored_at, e.processed_at, o.created_at as replied_at, t.created_at as ticketed_at
            from inbound_event e
            left join outbox_entry o on o.decision_key = concat('reply:telegram:', e.event_id)
            left join thread_message m on m.channel = e.channel and m.direction = 'IN' and m.external_id = e.message_id
            left join ticket t on t.thread_id = m.thread_id
            where e.channel = 'TELEGRAM' and cast(e.event_id as bigint) between ? and ?
            """;

    private final JdbcTemplate jdbc;

    DecisionLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stored events the intake has not processed yet, of any round. */
    int waiting() {
        Integer count = jdbc.queryForObject("select count(*) from inbound_event where status = 'RECEIVED'",
                Integer.class);
        return count == null ? 0 : count;
    }

    List<Event> read(long firstUpdateId, long lastUpdateId) {
        List<Event> events = new ArrayList<>();
        jdbc.query(EVENTS, row -> {
            Instant stored = instant(row.getObject("stored_at", OffsetDateTime.class));
            Instant replied = instant(row.getObject("replied_at", OffsetDateTime.class));
            Instant ticketed = instant(row.getObject("ticketed_at", OffsetDateTime.class));
            Optional<Instant> decided = Stream.of(replied, ticketed).filter(at -> at != null)
                    .min(Comparator.naturalOrder());
            Outcome outcome = "FAILED".equals(row.getString("status")) ? Outcome.FAILED
                    : ticketed != null ? Outcome.TICKET
                    : replied != null ? Outcome.REPLY
                    : Outcome.SILENT;
            events.add(new Event(outcome, stored, decided.orElse(null),
                    instant(row.getObject("processed_at", OffsetDateTime.class))));
        }, firstUpdateId, lastUpdateId);
        return events;
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
