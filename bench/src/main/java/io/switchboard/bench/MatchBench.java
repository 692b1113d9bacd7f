package io.switchboard.bench;

import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.router.answer.DefaultKnowledgeBase;
import io.switchboard.router.answer.KnowledgeAnswerEngine;
import io.switchboard.router.answer.KnowledgeProperties;
import io.switchboard.router.answer.eval.LabeledMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

/**
 * Times single {@code decide(...)} calls of the answer engine built from the default knowledge
 * base, as the evaluation command builds it, on the messages of a labeled set, asked as the
 * evaluation asks them (public posts, language detected). The engine caches decisions by text,
 * so the search itself is timed on an engine without a cache, and the cache on its own.
 */
final class MatchBench {

    /** The two paths of a decision. */
    enum Lookup {
        /** Analysis, BM25 search and confidence: a message the engine has not seen. */
        UNCACHED(0),
        /** A message asked before: the cached decision. */
        CACHED(KnowledgeProperties.defaults().cacheSize());

        private final int cacheSize;

        Lookup(int cacheSize) {
            this.cacheSize = cacheSize;
        }
    }

    private final List<AnswerQuery> queries;

    MatchBench(List<LabeledMessage> messages) {
        this.queries = messages.stream()
                .map(m -> new AnswerQuery(m.text(), Channel.fromKey(m.channel()), false, null)).toList();
    }

    /**
     * For each lookup, the unmeasured rounds (the JIT compiles the search path), at least one,
     * in which the cached lookup fills its cache; then the measured ones.
     *
     * @param calls calls a round; at least one for each message
     */
    Map<Lookup, List<MatchRound>> run(int warmupRounds, int rounds, int calls) {
        int perRound = Math.max(calls, queries.size());
        int warmups = Math.max(warmupRounds, 1);
        Map<Lookup, List<MatchRound>> byLookup = new EnumMap<>(Lookup.class);
        for (Lookup lookup : Lookup.values()) {
            List<MatchRound> measured = new ArrayList<>();
            try (KnowledgeAnswerEngine engine = engine(lookup)) {
                for (int r = 1; r <= warmups; r++) {
                    time(engine, perRound, lookup + " warm-up " + r);
                }
                for (int r = 1; r <= rounds; r++) {
                    long[] latencies = time(engine, perRound, lookup + " round " + r);
                    MatchRound round = new MatchRound(perRound,
                            Figures.of(perRound, Duration.ofNanos(LongStream.of(latencies).sum()), latencies),
                            slowest(latencies));
                    measured.add(round);
                    System.out.printf(Locale.ROOT, "%s round %d/%d: p50 %.1f us, p99 %.1f us, slowest message %.1f us%n",
                            lookup, r, rounds, round.figures().p50() / 1e3, round.figures().p99() / 1e3,
                            round.slowest().medianNanos() / 1e3);
                }
            }
            byLookup.put(lookup, measured);
        }
        return byLookup;
    }

    /** An engine over the default knowledge base without announcements, with this lookup's cache. */
    private static KnowledgeAnswerEngine engine(Lookup lookup) {
        KnowledgeProperties d = KnowledgeProperties.defaults();
        return new KnowledgeAnswerEngine(DefaultKnowledgeBase.load(), List.of(),
                new KnowledgeProperties(d.thresholds(), d.exchangeName(), d.website(), d.helpCenterUrl(),
                        d.supportEmail(), d.announcementsUrl(), d.seedDefaults(), lookup.cacheSize, d.suggestions(),
                        d.announcementTopics()),
                Clock.systemUTC());
    }

    /**
     * Asks the messages in turn, one call at a time, until {@code calls} calls have been made.
     *
     * @return the latency of each call, in nanoseconds
     */
    private long[] time(KnowledgeAnswerEngine engine, int calls, String label) {
        long[] latencies = new long[calls];
        AtomicInteger done = new AtomicInteger();
        try (Progress progress = Progress.of(label, () -> done.get() + "/" + calls + " calls")) {
            for (int i = 0; i < calls; i++) {
                AnswerQuery query = queries.get(i % queries.size());
                long start = System.nanoTime();
                engine.decide(query);
                latencies[i] = System.nanoTime() - start;
                done.lazySet(i + 1);
            }
        }
        return latencies;
    }

    /**
     * The message whose calls took longest, by the median of its calls in {@code latencies} (as
     * {@link #time} returns them): unlike a percentile over all calls, which the other processes
     * of a shared machine push up, this is what the engine itself needs for its hardest message.
     */
    private SlowestMessage slowest(long[] latencies) {
        SlowestMessage slowest = null;
        for (int m = 0; m < queries.size(); m++) {
            long[] calls = new long[(latencies.length - m + queries.size() - 1) / queries.size()];
            for (int c = 0; c < calls.length; c++) {
                calls[c] = latencies[m + c * queries.size()];
            }
            long median = Latencies.of(calls).percentile(50);
            if (slowest == null || median > slowest.medianNanos()) {
                slowest = new SlowestMessage(queries.get(m).text(), median);
            }
        }
        return slowest;
    }

    record SlowestMessage(String text, long medianNanos) {
    }

    int messages() {
        return queries.size();
    }
}
