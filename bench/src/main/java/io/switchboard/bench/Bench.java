package io.switchboard.bench;

import io.switchboard.eval.answer.LabeledMessage;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark command: the application behind its Telegram webhook against a bare Camel route,
 * then the answer engine alone, then the scam guard's detector alone; progress as it goes, then the tables. See docs/benchmark.md.
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
        System.out.println("Answer engine: built from the default knowledge base");
        MatchBench match = new MatchBench(messages);
        report.match(match.messages(), match.run(options.warmupRounds(), options.rounds(), options.matchCalls()));
        System.out.println("Scam guard: the detector built from " + options.guardRules());
        GuardBench guard = new GuardBench(messages, options.guardSet(), options.guardRules());
        report.guard(guard.mix(), guard.run(options.warmupRounds(), options.rounds(), options.guardCalls()));
        System.out.print(report.text());
        // Other processes share the cores: the load says how much the figures were crowded.
        System.out.printf(Locale.ROOT, "load average at the end: %.1f%n", loadAverage());
        // The application's and the fake server's non-daemon threads are stopped; exit for any library's leftovers.
        System.exit(0);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
