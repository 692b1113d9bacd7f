package io.switchboard.bench;

import io.switchboard.bench.MatchBench.Lookup;
import io.switchboard.router.answer.KnowledgeAnswerEngine;
import io.switchboard.router.answer.eval.LabeledMessage;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The benchmark command: the application behind its Telegram webhook against a bare Camel route,
 * then the answer engine alone; progress as it goes, then the tables. See the README, Benchmark.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        List<LabeledMessage> messages = LabeledMessage.readJsonLines(options.messages());
        System.out.printf(Locale.ROOT, "Switchboard bench: %d cores, load average %.1f, Java %s, %d labeled messages from %s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.version(), messages.size(),
                options.messages());

        Report report = new Report();
        report.webhook(options, new WebhookBench(options, messages).run());
        matchRounds(options, new MatchBench(messages), report);
        System.out.print(report.text());
        // Other processes share the cores: the load says how much the figures were crowded.
        System.out.printf(Locale.ROOT, "load average at the end: %.1f%n", loadAverage());
        // The application's and the fake server's non-daemon threads are stopped; exit for any library's leftovers.
        System.exit(0);
    }

    private static void matchRounds(BenchOptions options, MatchBench bench, Report report) {
        System.out.println("Answer engine: building it from the default knowledge base");
        Map<Lookup, List<MatchRound>> byLookup = new EnumMap<>(Lookup.class);
        for (Lookup lookup : Lookup.values()) {
            List<MatchRound> rounds = new ArrayList<>();
            try (KnowledgeAnswerEngine engine = MatchBench.engine(lookup)) {
                // Warm-up: the JIT compiles the search path; for the cached lookup it also fills the cache.
                bench.time(engine, Math.max(options.warmup(), bench.messages()), lookup + " warm-up");
                for (int r = 1; r <= options.rounds(); r++) {
                    long[] latencies = bench.time(engine, options.matchCalls(), lookup + " round " + r);
                    MatchRound round = new MatchRound(
                            Figures.of(latencies.length, Duration.ofNanos(sum(latencies)), latencies),
                            bench.slowest(latencies));
                    rounds.add(round);
                    System.out.printf(Locale.ROOT, "%s round %d/%d: p50 %.1f us, p99 %.1f us, slowest message %.1f us%n",
                            lookup, r, options.rounds(), round.figures().p50() / 1e3, round.figures().p99() / 1e3,
                            round.slowest().medianNanos() / 1e3);
                }
            }
            byLookup.put(lookup, rounds);
        }
        report.match(bench.messages(), options.matchCalls(), byLookup);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }
}
