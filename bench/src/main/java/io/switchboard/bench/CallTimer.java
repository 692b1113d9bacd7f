package io.switchboard.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Times single calls of one component on a list of inputs, taken in turn, one call at a time:
 * unmeasured rounds first (the JIT compiles the component's paths, a cache fills), then the
 * measured ones, each with its percentiles and its slowest input.
 *
 * @param <T> what one call takes
 */
final class CallTimer<T> {

    /** The input whose calls took longest, by their median. */
    record Slowest(String input, long medianNanos) {
    }

    private final List<T> inputs;
    private final Consumer<T> call;
    private final Function<T, String> describe;

    CallTimer(List<T> inputs, Consumer<T> call, Function<T, String> describe) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to time");
        }
        this.inputs = List.copyOf(inputs);
        this.call = call;
        this.describe = describe;
    }

    /**
     * @param warmupRounds unmeasured rounds; at least one is run
     * @param calls calls a round; at least one for each input
     */
    List<MatchRound> run(String label, int warmupRounds, int rounds, int calls) {
        int perRound = Math.max(calls, inputs.size());
        for (int r = 1; r <= Math.max(warmupRounds, 1); r++) {
            time(perRound, label + " warm-up " + r);
        }
        List<MatchRound> measured = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            long[] latencies = time(perRound, label + " round " + r);
            MatchRound round = new MatchRound(perRound,
                    Figures.of(perRound, Duration.ofNanos(LongStream.of(latencies).sum()), latencies),
                    slowest(latencies));
            measured.add(round);
            System.out.printf(Locale.ROOT, "%s round %d/%d: p50 %.1f us, p99 %.1f us, slowest input %.1f us%n",
                    label, r, rounds, round.figures().p50() / 1e3, round.figures().p99() / 1e3,
                    round.slowest().medianNanos() / 1e3);
        }
        return measured;
    }

    /**
     * Calls with the inputs in turn until {@code calls} calls have been made.
     *
     * @return the latency of each call, in nanoseconds
     */
    private long[] time(int calls, String label) {
        long[] latencies = new long[calls];
        AtomicInteger done = new AtomicInteger();
        try (Progress progress = Progress.of(label, () -> done.get() + "/" + calls + " calls")) {
            for (int i = 0; i < calls; i++) {
                T input = inputs.get(i % inputs.size());
                long start = System.nanoTime();
                call.accept(input);
                latencies[i] = System.nanoTime() - start;
                done.lazySet(i + 1);
            }
        }
        return latencies;
    }

    /**
     * The input whose calls took longest, by the median of its calls in {@code latencies} (as
     * {@link #time} returns them): unlike a percentile over all calls, which the other processes
     * of a shared machine push up, this is what the component itself needs for its hardest input.
     */
    private Slowest slowest(long[] latencies) {
        Slowest slowest = null;
        for (int m = 0; m < inputs.size(); m++) {
            long[] calls = new long[(latencies.length - m + inputs.size() - 1) / inputs.size()];
            for (int c = 0; c < calls.length; c++) {
                calls[c] = latencies[m + c * inputs.size()];
            }
            long median = Latencies.of(calls).percentile(50);
            if (slowest == null || median > slowest.medianNanos()) {
                slowest = new Slowest(describe.apply(inputs.get(m)), median);
            }
        }
        return slowest;
    }
}
