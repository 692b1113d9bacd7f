package io.switchboard.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The command line. The defaults finish in a few minutes on two cores.
 *
 * @param updates updates posted to the webhook (and to the baseline) in each round
 * @param concurrency HTTP clients posting at once
 * @param rounds measured rounds; the report gives the median of each figure
 * @param warmupRounds unmeasured rounds before the measured ones, of the help center, the webhook and
 *     each answer-engine lookup: the JIT compiles the application's paths over several
 * @param matchCalls answer-engine calls in each round, for each lookup
 * @param messages the labeled set (JSON Lines) the private questions and the timed matches come from
 * @param guardCalls scam-guard checks in each round
 * @param guardSet the guard's labeled set (JSON Lines) of scams and hard negatives for the guard's series
 * @param guardRules the guard rules (YAML) the guard's series checks with
 * @param readers concurrent readers of the help center's pages, each a client with its own cookies
 * @param thinkTimeMillis how long a reader reads a page before the next, on average; 0: at once
 * @param helpRequests requests of each help-center series in each round, shared among the readers
 * @param mails mails of about 5 KB put into the support mailbox in each round of the e-mail series
 * @param largeMails mails of about 2 MB (a screenshot attached) in each round of the e-mail series
 * @param chatConnections visitor WebSockets the live-chat series keeps open at once
 * @param chatSample of those, the visitors handed off to an agent, each sending a message and receiving a reply in
 *     each round
 * @param replies updates posted in each round of the outbound series, each queueing one reply
 * @param openLoop the open-loop series' rates, targets, burst and memory steps
 * @param series the series to run
 * @param appArguments {@code --name=value} options for the application (a dot in the name)
 */
record BenchOptions(int updates, int concurrency, int rounds, int warmupRounds, int matchCalls, Path messages,
        int guardCalls, Path guardSet, Path guardRules, int readers, int thinkTimeMillis, int helpRequests,
        int mails, int largeMails, int chatConnections, int chatSample, int replies, OpenLoopOptions openLoop,
        Set<Series> series, List<String> appArguments) {

    static final String USAGE = """
            usage: java -jar bench/target/switchboard-bench.jar [--updates=1000] [--concurrency=8] [--rounds=5]
                   [--warmup-rounds=2] [--match-calls=10000]
                   [--messages=eval/src/test/resources/knowledge/eval-set.jsonl]
                   [--guard-calls=10000] [--guard-set=eval/src/test/resources/guard/eval-set.jsonl]
                   [--guard-rules=eval/src/test/resources/guard/rules.yml]
                   [--readers=50] [--think-time-ms=0] [--help-requests=2000]
                   [--mails=200] [--large-mails=20]
                   [--chat-connections=500] [--chat-sample=20] [--replies=1500]
                   [--openloop-rates=100,250,500,1000] [--openloop-seconds=30]
                   [--openloop-targets=h2,postgres,postgres2] [--openloop-burst=10000] [--openloop-memory=100000]
                   [--series=all]   or some of help,webhook,match,guard,email,webchat,outbound,openloop, e.g. --series=help
                                    (all: every series but openloop, which runs only when named)
                   [--<application property>=<value>...]   e.g. --switchboard.router.intake-workers=8
            Run from the repository root, or give --messages, --guard-set and --guard-rules.""";

    private static final Map<String, String> DEFAULTS = withOpenLoop(Map.ofEntries(
            Map.entry("updates", "1000"),
            Map.entry("concurrency", "8"),
            Map.entry("rounds", "5"),
            Map.entry("warmup-rounds", "2"),
            Map.entry("match-calls", "10000"),
            Map.entry("messages", "eval/src/test/resources/knowledge/eval-set.jsonl"),
            Map.entry("guard-calls", "10000"),
            Map.entry("guard-set", "eval/src/test/resources/guard/eval-set.jsonl"),
            Map.entry("guard-rules", "eval/src/test/resources/guard/rules.yml"),
            Map.entry("readers", "50"),
            Map.entry("think-time-ms", "0"),
            Map.entry("help-requests", "2000"),
            Map.entry("mails", "200"),
            Map.entry("large-mails", "20"),
            Map.entry("chat-connections", "500"),
            Map.entry("chat-sample", "20"),
            Map.entry("replies", "1500"),
            Map.entry("series", Series.ALL)));

    private static Map<String, String> withOpenLoop(Map<String, String> defaults) {
        Map<String, String> all = new TreeMap<>(defaults);
        all.putAll(OpenLoopOptions.DEFAULTS);
        return Map.copyOf(all);
    }

    /** @throws IllegalArgumentException naming the option at fault */
    static BenchOptions parse(String... args) {
        Map<String, String> values = new TreeMap<>(DEFAULTS);
        List<String> appArguments = new ArrayList<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
            }
            String name = arg.substring(2, equals);
            if (name.contains(".")) {
                appArguments.add(arg);
            } else if (values.containsKey(name)) {
                values.put(name, arg.substring(equals + 1));
            } else {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        int chatConnections = positive(values, "chat-connections");
        int chatSample = positive(values, "chat-sample");
        if (chatSample > chatConnections) {
            throw new IllegalArgumentException("--chat-sample (" + chatSample + ") must not exceed --chat-connections ("
                    + chatConnections + "): the sampled visitors are some of the connected ones");
        }
        return new BenchOptions(positive(values, "updates"), positive(values, "concurrency"),
                positive(values, "rounds"), count(values, "warmup-rounds"), positive(values, "match-calls"),
                file(values, "messages"), positive(values, "guard-calls"), file(values, "guard-set"),
                file(values, "guard-rules"), positive(values, "readers"), count(values, "think-time-ms"),
                positive(values, "help-requests"), positive(values, "mails"), positive(values, "large-mails"),
                chatConnections, chatSample, positive(values, "replies"), OpenLoopOptions.parse(values),
                Series.parse(values.get("series")), List.copyOf(appArguments));
    }

    private static Path file(Map<String, String> values, String name) {
        Path path = Path.of(values.get(name));
        if (!path.toFile().isFile()) {
            throw new IllegalArgumentException("--" + name + ": no file " + path.toAbsolutePath());
        }
        return path;
    }

    private static int positive(Map<String, String> values, String name) {
        int value = count(values, name);
        if (value == 0) {
            throw new IllegalArgumentException("--" + name + " must be at least 1");
        }
        return value;
    }

    private static int count(Map<String, String> values, String name) {
        try {
            int value = Integer.parseInt(values.get(name));
            if (value < 0) {
                throw new IllegalArgumentException("--" + name + " must not be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + values.get(name) + "'");
        }
    }
}
