package io.switchboard.bench;

import io.switchboard.eval.answer.LabeledMessage;
import io.switchboard.testing.FakeTelegramServer;
import io.switchboard.testing.TelegramUpdates;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replies going out at the platform's limit: the fake Bot API keeps Telegram's send limits (30 a second per bot,
 * 1 a second per private chat, 20 a minute per group) and answers past them with a 429 and {@code retry_after}.
 * Each round posts updates to the webhook that queue replies the way members do: private questions from new
 * members (an answer, or a ticket's notice), and one in a hundred a question mentioning the bot in the group. The
 * figures are read back from the outbox: per reply, from its entry's {@code created_at} to its {@code sent_at}.
 */
final class OutboundBench {

    /** Update ids of this series start here, far from the webhook series' and the tests'. */
    private static final long FIRST_UPDATE_ID = 50_000_000;
    private static final long FIRST_USER = 300_000_000L;
    private static final int GROUP_MENTION_EVERY = 100;
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(15);

    private static final String ROUND_REPLIES = """
            select o.status, o.created_at, o.sent_at from outbox_entry o
            where o.channel = 'TELEGRAM' and o.decision_key like 'reply:telegram:%'
            and cast(substring(o.decision_key, 16) as bigint) between ? and ?
            """;
    private static final String ROUND_PENDING = """
            select count(*) from outbox_entry o
            where o.channel = 'TELEGRAM' and o.status = 'PENDING' and o.decision_key like 'reply:telegram:%'
            and cast(substring(o.decision_key, 16) as bigint) between ? and ?
            """;

    private final BenchOptions options;
    private final List<LabeledMessage> questions;
    private long nextUpdateId = FIRST_UPDATE_ID;

    OutboundBench(BenchOptions options, List<LabeledMessage> questions) {
        this.options = options;
        this.questions = List.copyOf(questions);
    }

    List<OutboundRound> run(AppUnderTest app) throws InterruptedException {
        app.telegram().enforceLimits();
        System.out.printf(Locale.ROOT, "Outbound: %d updates a round to %s, the fake Bot API keeping Telegram's limits%n",
                options.replies(), app.webhook());
        HttpLoad load = new HttpLoad(options.concurrency());
        for (int r = 1; r <= options.warmupRounds(); r++) {
            round(app, load, "warm-up " + r + "/" + options.warmupRounds());
        }
        List<OutboundRound> rounds = new ArrayList<>();
        for (int r = 1; r <= options.rounds(); r++) {
            OutboundRound round = round(app, load, "round " + r + "/" + options.rounds());
            rounds.add(round);
            System.out.printf(Locale.ROOT, "round %d/%d: %d replies, %.1f sent/s, p50 %.0f ms p99 %.0f ms, "
                    + "%d not sent, %d answered 429%n", r, options.rounds(), round.replies(),
                    round.delivered().perSecond(), round.delivered().p50() / 1e6, round.delivered().p99() / 1e6,
                    round.undelivered(), round.tooManyRequests());
        }
        return rounds;
    }

    private OutboundRound round(AppUnderTest app, HttpLoad load, String label) throws InterruptedException {
        long first = nextUpdateId;
        long last = first + options.replies() - 1;
        nextUpdateId += options.replies();
        FakeTelegramServer telegram = app.telegram();
        int refusedBefore = telegram.tooManyRequestsAnswered();
        load.post(label + ", webhook", app.webhook(), app.webhookHeaders(), updates(first));
        JdbcTemplate jdbc = app.jdbc();
        awaitDelivery(jdbc, label, first, last);
        List<Instant> queued = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        Instant lastSent = Instant.MIN;
        AtomicInteger undelivered = new AtomicInteger();
        for (var row : jdbc.queryForList(ROUND_REPLIES, first, last)) {
            Instant created = ((OffsetDateTime) row.get("created_at")).toInstant();
            queued.add(created);
            if ("SENT".equals(row.get("status"))) {
                Instant sent = ((OffsetDateTime) row.get("sent_at")).toInstant();
                latencies.add(Duration.between(created, sent).toNanos());
                lastSent = sent.isAfter(lastSent) ? sent : lastSent;
            } else {
                undelivered.incrementAndGet();
            }
        }
        Instant firstQueued = queued.stream().min(Instant::compareTo).orElse(lastSent);
        Figures figures = Figures.of(latencies.size(), Duration.between(firstQueued, lastSent),
                latencies.stream().mapToLong(Long::longValue).toArray());
        return new OutboundRound(figures, queued.size(), undelivered.get(),
                telegram.tooManyRequestsAnswered() - refusedBefore);
    }

    /** Private questions from members new each time, and now and then a question to the bot in the group. */
    private List<String> updates(long first) {
        List<String> updates = new ArrayList<>(options.replies());
        for (int i = 0; i < options.replies(); i++) {
            long updateId = first + i;
            LabeledMessage question = questions.get((int) (updateId % questions.size()));
            updates.add(i % GROUP_MENTION_EVERY == GROUP_MENTION_EVERY - 1
                    ? TelegramUpdates.groupMention(updateId, updateId, FIRST_USER + updateId, question.text())
                    : TelegramUpdates.privateText(updateId, updateId, FIRST_USER + updateId, question.lang(),
                            question.text()));
        }
        return updates;
    }

    /** Waits until the intake has decided every update and none of the round's replies is still pending. */
    private static void awaitDelivery(JdbcTemplate jdbc, String label, long first, long last)
            throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        AtomicInteger pending = new AtomicInteger(Integer.MAX_VALUE);
        DecisionLog decisions = new DecisionLog(jdbc);
        try (Progress progress = Progress.of(label + ", outbox", () -> pending.get() + " replies to send")) {
            while (true) {
                int undecided = decisions.waiting();
                Integer waiting = jdbc.queryForObject(ROUND_PENDING, Integer.class, first, last);
                pending.set(waiting == null ? 0 : waiting);
                if (undecided == 0 && pending.get() == 0) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(pending.get() + " replies still pending after " + SETTLE_LIMIT);
                }
                Thread.sleep(100);
            }
        }
    }
}
