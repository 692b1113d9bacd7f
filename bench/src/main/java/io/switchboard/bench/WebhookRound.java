package io.switchboard.bench;

import io.switchboard.bench.DecisionLog.Event;
import io.switchboard.bench.DecisionLog.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The figures of one round: the same updates posted to the application's webhook and to the
 * bare Camel route.
 *
 * @param webhook the webhook as its clients see it: accepted updates per second, round trips
 * @param decisions receipt to decision of every decided update, over the round's window
 * @param replies the decisions that were replies, over the same window
 * @param tickets the decisions that were tickets, over the same window
 * @param baseline the bare Camel route as the same clients see it
 * @param outcomes how many updates ended how
 * @param webhookFailures webhook answers other than 2xx
 * @param baselineFailures baseline answers other than 2xx
 */
record WebhookRound(Figures webhook, Figures decisions, Figures replies, Figures tickets, Figures baseline,
        Map<Outcome, Integer> outcomes, int webhookFailures, int baselineFailures) {

    static WebhookRound of(HttpLoad.Result webhook, List<Event> events, HttpLoad.Result baseline) {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, (int) events.stream().filter(e -> e.outcome() == outcome).count());
        }
        Duration window = window(events);
        return new WebhookRound(webhook.figures(),
                decided(events, window, e -> e.decidedAt() != null),
                decided(events, window, e -> e.outcome() == Outcome.REPLY),
                decided(events, window, e -> e.outcome() == Outcome.TICKET),
                baseline.figures(), outcomes, webhook.failures(), baseline.failures());
    }

    /** From the first receipt of the round to its last decision: throughput = decided / window. */
    private static Duration window(List<Event> events) {
        Instant firstReceipt = events.stream().map(Event::storedAt).min(Instant::compareTo).orElse(Instant.EPOCH);
        Instant lastDecision = events.stream().map(Event::decidedAt).filter(at -> at != null)
                .max(Instant::compareTo).orElse(firstReceipt);
        return Duration.between(firstReceipt, lastDecision);
    }

    private static Figures decided(List<Event> events, Duration window, Predicate<Event> which) {
        long[] latencies = events.stream().filter(which).mapToLong(e -> e.receiptToDecision().toNanos()).toArray();
        return Figures.of(latencies.length, window, latencies);
    }
}
