package io.switchboard.bench;

import io.switchboard.eval.answer.LabeledMessage;
import java.lang.management.ManagementFactory;
import io.switchboard.testing.mail.TestMailServer;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmark command: the help center's pages under concurrent readers against a static file of
 * the same server, the application behind its Telegram webhook against a bare Camel route, then the
 * answer engine alone, then the scam guard's detector alone, or the series {@code --series} picks;
 * progress as it goes, then the tables. See docs/benchmark.md.
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
        Set<Series> series = options.series();
        if (series.stream().anyMatch(Series::needsApplication)) {
            againstTheApplication(options, messages, report);
        }
        if (series.contains(Series.OPENLOOP)) {
            report.openLoop(options.openLoop(), new OpenLoopBench(options, messages).run());
        }
        if (series.contains(Series.MATCH)) {
            System.out.println("Answer engine: built from the default knowledge base");
            MatchBench match = new MatchBench(messages);
            report.match(match.messages(), match.run(options.warmupRounds(), options.rounds(), options.matchCalls()));
        }
        if (series.contains(Series.GUARD)) {
            System.out.println("Scam guard: the detector built from " + options.guardRules());
            GuardBench guard = new GuardBench(messages, options.guardSet(), options.guardRules());
            report.guard(guard.mix(), guard.run(options.warmupRounds(), options.rounds(), options.guardCalls()));
        }
        System.out.print(report.text());
        // Other processes share the cores: the load says how much the figures were crowded.
        System.out.printf(Locale.ROOT, "load average at the end: %.1f%n", loadAverage());
        // The application's and the fake server's non-daemon threads are stopped; exit for any library's leftovers.
        System.exit(0);
    }

    /** The series that need the application: it boots once for them. */
    private static void againstTheApplication(BenchOptions options, List<LabeledMessage> messages, Report report)
            throws Exception {
        System.out.println("Booting Switchboard: Telegram webhook mode, fake Bot API, in-memory H2, random port"
                + (options.series().contains(Series.EMAIL) ? ", e-mail on a GreenMail server on 127.0.0.1" : ""));
        long boot = System.nanoTime();
        try (TestMailServer mail = TestMailServer.start();
                AppUnderTest app = AppUnderTest.start(options.series().contains(Series.EMAIL)
                        ? EmailBench.settings(mail) : Map.of(), options.appArguments())) {
            System.out.printf(Locale.ROOT, "Booted in %.1f s%n", (System.nanoTime() - boot) / 1e9);
            // The readers go first: after the webhook's rounds the outbox still delivers their replies.
            if (options.series().contains(Series.HELP)) {
                HelpBench help = new HelpBench(options, messages);
                report.help(options, help, help.run(app));
            }
            if (options.series().contains(Series.WEBHOOK)) {
                report.webhook(options, new WebhookBench(options, messages).run(app));
            }
            if (options.series().contains(Series.EMAIL)) {
                report.email(options, new EmailBench(options, messages, mail).run(app));
            }
            if (options.series().contains(Series.WEBCHAT)) {
                report.webchat(options, new WebchatBench(options).run(app));
            }
            // Last: it turns the fake Bot API's limits on for the rest of the run.
            if (options.series().contains(Series.OUTBOUND)) {
                report.outbound(options, new OutboundBench(options, messages).run(app));
            }
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
