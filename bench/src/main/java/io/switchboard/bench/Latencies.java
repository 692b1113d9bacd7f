package io.switchboard.bench;

import java.util.Arrays;

/** Latencies of one series, in nanoseconds, sorted once; percentiles by nearest rank. */
final class Latencies {

    private final long[] sorted;

    private Latencies(long[] sorted) {
        this.sorted = sorted;
    }

    static Latencies of(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Latencies(copy);
    }

    int count() {
        return sorted.length;
    }

    /** The smallest latency that at least {@code percent}% of the samples do not exceed; 0 without samples. */
    long percentile(double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
