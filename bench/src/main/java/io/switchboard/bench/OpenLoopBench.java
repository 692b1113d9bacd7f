package io.switchboard.bench;

import io.switchboard.bench.DecisionLog.Event;
import io.switchboard.eval.answer.LabeledMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Updates at fixed arrival rates, by the clock (an open loop), to the application in JVMs of its own on each
 * target database, then a burst as fast as the webhook takes it, then (on the first one-instance target) the
 * memory after each tenth of many more; the bare Camel route takes the same rates first. What the application
 * decided and when is read from the database once its instances stopped (a file H2 has one process at a time).
 */
final class OpenLoopBench {

    /** Update ids start here on each fresh database, far from anything the fake Bot API or a test uses. */
    private static final long FIRST_UPDATE_ID = 1_000_000;
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(20);
    /** The backlog gauge reuses its query for 5 s (IntakeMetrics): a reading this long after is of now. */
    private static final Duration GAUGE_FRESH = Duration.ofSeconds(6);

    /** An update's reply in the outbox is keyed this and its update id. */
    private static final String REPLY_KEY = "reply:telegram:";

    /** One target's figures. */
    record TargetRun(OpenLoopTarget target, List<RateFigures> rates, BurstFigures burst, MemoryTrend memory,
            List<Path> logs) {
    }

    /** The whole series: the baseline's rates, each target's, and how long it all took. */
    record Run(List<RateFigures> baseline, List<TargetRun> targets, Duration took) {
    }

    /** What was sent at one rate, for reading its decisions afterwards. */
    private record Sent(int rate, long firstUpdateId, OpenLoopSender.Result result, Duration perRate) {
    }

    private final OpenLoopOptions options;
    private final int concurrency;
    private final List<String> appArguments;
    private final UpdateMix mix;
    private final OpenLoopSender sender = new OpenLoopSender();

    OpenLoopBench(BenchOptions options, List<LabeledMessage> questions) {
        this.options = options.openLoop();
        this.concurrency = options.concurrency();
        this.appArguments = options.appArguments();
        this.mix = new UpdateMix(questions, UpdateMix.shippedChatter());
    }

    Run run() throws Exception {
        long start = System.nanoTime();
        List<RateFigures> baseline = baseline();
        List<TargetRun> targets = new ArrayList<>();
        Path logs = Files.createTempDirectory("switchboard-bench-openloop");
        boolean memoryDone = options.memoryMessages() == 0;
        for (OpenLoopTarget target : options.targets()) {
            boolean memory = !memoryDone && target.instances == 1;
            memoryDone |= memory;
            TargetRun run = target(target, logs.resolve(target.optionName()), memory);
            targets.add(run);
            // at once, not only in the final tables: a long run stopped half way still told its targets' figures
            Report report = new Report();
            report.openLoopTarget(run);
            System.out.print(report.text());
        }
        return new Run(baseline, targets, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Unmeasured first: the lowest rate for one rate's time, so that the JIT has compiled the paths (the client's
     * too) and the first measured rate is not the start-up's.
     */
    private OpenLoopSchedule warmUp() {
        return new OpenLoopSchedule(options.rates().stream().mapToInt(Integer::intValue).min().orElseThrow(),
                options.perRate());
    }

    /** The bare Camel route at the same rates: its decision is its answer. */
    private List<RateFigures> baseline() throws Exception {
        List<RateFigures> rates = new ArrayList<>();
        try (CamelBaseline baseline = CamelBaseline.start()) {
            long first = FIRST_UPDATE_ID;
            OpenLoopSchedule warmUp = warmUp();
            sender.send("baseline warm-up", warmUp, List.of(baseline.uri()), Map.of(), mix.round(first, warmUp.count()));
            first += warmUp.count();
            for (int rate : options.rates()) {
                OpenLoopSchedule schedule = new OpenLoopSchedule(rate, options.perRate());
                List<String> bodies = mix.round(first, schedule.count());
                first += bodies.size();
                OpenLoopSender.Result result = sender.send("baseline " + rate + "/s", schedule,
                        List.of(baseline.uri()), Map.of(), bodies);
                Figures roundTrip = roundTrip(result, options.perRate());
                rates.add(new RateFigures(rate, bodies.size(), lateness(result, options.perRate()), roundTrip,
                        roundTrip, roundTrip, 0, result.unexpected()));
                System.out.printf(Locale.ROOT, "baseline %d/s: round trip p50 %.2f ms p99 %.2f ms, sends p99 %.2f ms "
                        + "late%n", rate, roundTrip.p50() / 1e6, roundTrip.p99() / 1e6,
                        rates.get(rates.size() - 1).lateness().p99() / 1e6);
            }
        }
        return rates;
    }

    private TargetRun target(OpenLoopTarget target, Path logs, boolean memory) throws Exception {
        System.out.printf(Locale.ROOT, "Open loop on %s: starting (logs in %s)%n", target.description, logs);
        OpenLoopTarget.Database database = target.freshDatabase();
        AtomicLong nextUpdateId = new AtomicLong(FIRST_UPDATE_ID);
        List<Sent> sent = new ArrayList<>();
        long burstFirst;
        HttpLoad.Result burst;
        MemoryTrend trend = null;
        List<Path> instanceLogs;
        try (AppInstances app = AppInstances.start(target.instances, database, logs, appArguments)) {
            instanceLogs = app.logs();
            OpenLoopSchedule warmUp = warmUp();
            sender.send(target.optionName() + " warm-up", warmUp, app.webhooks(), app.webhookHeaders(),
                    mix.round(nextUpdateId.getAndAdd(warmUp.count()), warmUp.count()));
            drain(app, target.optionName() + " warm-up");
            for (int rate : options.rates()) {
                OpenLoopSchedule schedule = new OpenLoopSchedule(rate, options.perRate());
                long first = nextUpdateId.getAndAdd(schedule.count());
                String label = target.optionName() + " " + rate + "/s";
                OpenLoopSender.Result result = sender.send(label, schedule, app.webhooks(), app.webhookHeaders(),
                        mix.round(first, schedule.count()));
                sent.add(new Sent(rate, first, result, options.perRate()));
                System.out.printf(Locale.ROOT, "%s: sent %d, webhook p99 %.1f ms, sends p99 %.2f ms late, %d not "
                        + "answered 2xx; backlog about %d%n", label, result.latenessNanos().length,
                        Latencies.of(result.roundTripNanos()).percentile(99) / 1e6,
                        Latencies.of(result.latenessNanos()).percentile(99) / 1e6, result.failures(), app.backlog());
                drain(app, label);
            }
            burstFirst = nextUpdateId.getAndAdd(options.burst());
            burst = options.burst() == 0 ? null : burst(app, target, burstFirst);
            if (memory) {
                trend = memory(app, target, nextUpdateId);
            }
        }
        // The instances stopped: a file H2 can be opened by the bench now.
        DecisionLog log = new DecisionLog(jdbc(database));
        List<RateFigures> rates = sent.stream().map(s -> figures(s, log)).toList();
        BurstFigures burstFigures = burst == null ? null : burstFigures(database, log, burst, burstFirst);
        return new TargetRun(target, rates, burstFigures, trend, instanceLogs);
    }

    private HttpLoad.Result burst(AppInstances app, OpenLoopTarget target, long first) throws Exception {
        String label = target.optionName() + " burst of " + options.burst();
        HttpLoad.Result result = postEvenly(app, label, mix.round(first, options.burst()));
        System.out.printf(Locale.ROOT, "%s: posted at %.0f/s, %d not answered 2xx%n", label,
                result.figures().perSecond(), result.failures());
        drain(app, label);
        return result;
    }

    /** The memory after each tenth of {@code --openloop-memory} updates, posted as fast as the webhook takes them. */
    private MemoryTrend memory(AppInstances app, OpenLoopTarget target, AtomicLong nextUpdateId) throws Exception {
        int step = options.memoryMessages() / OpenLoopOptions.MEMORY_STEPS;
        List<MemoryTrend.Point> points = new ArrayList<>();
        for (int s = 1; s <= OpenLoopOptions.MEMORY_STEPS; s++) {
            String label = target.optionName() + " memory " + s * step + "/" + options.memoryMessages();
            postEvenly(app, label, mix.round(nextUpdateId.getAndAdd(step), step));
            drain(app, label);
            MemoryTrend.Point point = new MemoryTrend.Point((long) s * step, app.heapAfterCollection(),
                    app.residentSetSize());
            points.add(point);
            System.out.printf(Locale.ROOT, "%s: heap after a full collection %.1f MB, RSS %.1f MB%n", label,
                    point.heapBytes() / 1e6, point.rssBytes() / 1e6);
        }
        return new MemoryTrend(points);
    }

    /** The bodies split round robin between the instances, each with its share of the clients, all at once. */
    private HttpLoad.Result postEvenly(AppInstances app, String label, List<String> bodies) throws Exception {
        List<URI> webhooks = app.webhooks();
        int instances = webhooks.size();
        long start = System.nanoTime();
        List<CompletableFuture<HttpLoad.Result>> posting = IntStream.range(0, instances).mapToObj(i -> {
            List<String> share = IntStream.range(0, bodies.size()).filter(b -> b % instances == i)
                    .mapToObj(bodies::get).toList();
            HttpLoad load = new HttpLoad(Math.max(1, concurrency / instances));
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return load.post(label + (instances > 1 ? ", instance " + (i + 1) : ""), webhooks.get(i),
                            app.webhookHeaders(), share);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
        }).toList();
        List<HttpLoad.Result> results = posting.stream().map(CompletableFuture::join).toList();
        SortedMap<Integer, Integer> unexpected = new TreeMap<>();
        results.forEach(result -> result.unexpected().forEach((status, n) -> unexpected.merge(status, n, Integer::sum)));
        return new HttpLoad.Result(results.stream().flatMapToLong(result -> Arrays.stream(result.latencyNanos()))
                .toArray(), Duration.ofNanos(System.nanoTime() - start), unexpected);
    }

    /**
     * Waits until the intake has processed every stored event, so that the next rate starts on an empty queue. The
     * gauge may be a few seconds old (it caches its query), so the first reading is taken once that has passed.
     */
    private static void drain(AppInstances app, String label) throws Exception {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        Thread.sleep(GAUGE_FRESH.toMillis());
        AtomicLong backlog = new AtomicLong(app.backlog());
        try (Progress progress = Progress.of(label + ", intake", () -> backlog.get() + " stored events to process")) {
            while (backlog.get() > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(backlog.get() + " events still unprocessed after " + DRAIN_LIMIT
                            + "; is the intake stuck?");
                }
                Thread.sleep(500);
                backlog.set(app.backlog());
            }
        }
    }

    private RateFigures figures(Sent sent, DecisionLog log) {
        OpenLoopSender.Result result = sent.result();
        int count = result.latenessNanos().length;
        List<Event> events = log.read(sent.firstUpdateId(), sent.firstUpdateId() + count - 1);
        return new RateFigures(sent.rate(), count, lateness(result, sent.perRate()), roundTrip(result, sent.perRate()),
                latencies(events, true), latencies(events, false),
                backlogAt(count, events, result.end()), result.unexpected());
    }

    /**
     * Updates sent and not processed by {@code end}: still in the webhook (not stored yet, or never) or stored and
     * waiting for the intake. Counting only the stored ones would hide a webhook that cannot keep up.
     */
    static int backlogAt(int sent, List<Event> events, Instant end) {
        return sent - (int) events.stream().filter(e -> e.processedBy(end)).count();
    }

    /** Receipt -> decision ({@code decided}) or receipt -> processed, over the first receipt to the last of them. */
    private static Figures latencies(List<Event> events, boolean decided) {
        List<Event> done = events.stream().filter(e -> decided ? e.decidedAt() != null : e.processedAt() != null)
                .toList();
        long[] nanos = done.stream().mapToLong(e -> (decided ? e.receiptToDecision() : e.receiptToProcessed())
                .toNanos()).toArray();
        Instant first = events.stream().map(Event::storedAt).min(Instant::compareTo).orElse(Instant.EPOCH);
        Instant last = done.stream().map(e -> decided ? e.decidedAt() : e.processedAt()).max(Instant::compareTo)
                .orElse(first);
        return Figures.of(nanos.length, Duration.between(first, last), nanos);
    }

    private BurstFigures burstFigures(OpenLoopTarget.Database database, DecisionLog log, HttpLoad.Result burst,
            long first) {
        long last = first + options.burst() - 1;
        int questions = (int) IntStream.range(0, options.burst()).filter(i -> !UpdateMix.isChatter(i)).count();
        int twice = (int) jdbc(database).queryForList("""
                select decision_key from outbox_entry where decision_key like 'reply:telegram:%'
                group by decision_key having count(*) > 1""", String.class).stream()
                .mapToLong(key -> Long.parseLong(key.substring(REPLY_KEY.length())))
                .filter(id -> id >= first && id <= last).count();
        return BurstFigures.of(burst, log.read(first, last), questions, twice);
    }

    private static Figures lateness(OpenLoopSender.Result result, Duration window) {
        return Figures.of(result.latenessNanos().length, window, result.latenessNanos());
    }

    private static Figures roundTrip(OpenLoopSender.Result result, Duration window) {
        return Figures.of(result.latenessNanos().length - result.failures(), window, result.roundTripNanos());
    }

    private static JdbcTemplate jdbc(OpenLoopTarget.Database database) {
        return new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.user(), ""));
    }
}
