package io.switchboard.bench;

import io.switchboard.bench.DecisionLog.Event;
import io.switchboard.bench.DecisionLog.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A burst of updates posted as fast as the webhook takes them, audited from the database once the instances
 * stopped.
 *
 * @param posted updates posted
 * @param webhook the webhook's throughput and round trips during the burst
 * @param webhookFailures answers other than 2xx
 * @param unprocessed stored events never processed (still RECEIVED), or never stored
 * @param failed events the intake gave up on
 * @param questionsUndecided private questions with neither a reply nor a ticket
 * @param decidedTwice decision keys of the burst with more than one outbox entry
 * @param decisions receipt -> decision of the decided updates
 * @param slowest the slowest receipt -> decision
 * @param afterSweepInterval decisions slower than the recovery sweep's interval: they may have waited for it
 */
record BurstFigures(int posted, Figures webhook, int webhookFailures, int unprocessed, int failed,
        int questionsUndecided, int decidedTwice, Figures decisions, Duration slowest, int afterSweepInterval) {

    /** The intake's recovery sweep runs this often by default: a decision this late may have waited for it. */
    static final Duration SWEEP_INTERVAL = Duration.ofSeconds(30);

    /**
     * @param events what the database holds of the burst's updates, one per stored event
     * @param questions how many of the burst's updates were private questions, each owed a reply or a ticket
     * @param decidedTwice decision keys with more than one outbox entry among the burst's
     */
    static BurstFigures of(HttpLoad.Result webhook, List<Event> events, int questions, int decidedTwice) {
        int posted = webhook.latencyNanos().length;
        long processed = events.stream().filter(e -> e.processedAt() != null).count();
        int failed = (int) events.stream().filter(e -> e.outcome() == Outcome.FAILED).count();
        long[] latencies = events.stream().filter(e -> e.decidedAt() != null)
                .mapToLong(e -> e.receiptToDecision().toNanos()).toArray();
        Instant firstReceipt = events.stream().map(Event::storedAt).min(Instant::compareTo).orElse(Instant.EPOCH);
        Instant lastDecision = events.stream().map(Event::decidedAt).filter(at -> at != null)
                .max(Instant::compareTo).orElse(firstReceipt);
        return new BurstFigures(posted, webhook.figures(), webhook.failures(), posted - (int) processed, failed,
                Math.max(questions - latencies.length, 0), decidedTwice,
                Figures.of(latencies.length, Duration.between(firstReceipt, lastDecision), latencies),
                Duration.ofNanos(Arrays.stream(latencies).max().orElse(0)),
                (int) Arrays.stream(latencies).filter(nanos -> nanos > SWEEP_INTERVAL.toNanos()).count());
    }
}
