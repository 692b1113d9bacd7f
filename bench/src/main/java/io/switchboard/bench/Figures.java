package io.switchboard.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Throughput and latency percentiles of one series in one round, or the medians over rounds.
 *
 * @param perSecond messages per second; 0 where a series has no throughput of its own
 * @param p50 latency in nanoseconds, and so {@code p95}, {@code p99}
 */
record Figures(double perSecond, double p50, double p95, double p99) {

    static Figures of(int messages, Duration window, long[] latencyNanos) {
        Latencies latencies = Latencies.of(latencyNanos);
        double seconds = window.toNanos() / 1e9;
        return new Figures(seconds > 0 ? messages / seconds : 0, latencies.percentile(50),
                latencies.percentile(95), latencies.percentile(99));
    }

    /**
     * Each column's median over the rounds: on a shared, noisy machine a median says more than
     * a mean, which one slow round drags along.
     */
    static Figures median(List<Figures> rounds) {
        return new Figures(median(rounds, Figures::perSecond), median(rounds, Figures::p50),
                median(rounds, Figures::p95), median(rounds, Figures::p99));
    }

    private static double median(List<Figures> rounds, ToDoubleFunction<Figures> column) {
        return median(rounds.stream().mapToDouble(column).toArray());
    }

    /** The median of some values; 0 for none. */
    static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** This series against another: throughput and each percentile as this / other. */
    Figures over(Figures other) {
        return new Figures(ratio(perSecond, other.perSecond), ratio(p50, other.p50), ratio(p95, other.p95),
                ratio(p99, other.p99));
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}
