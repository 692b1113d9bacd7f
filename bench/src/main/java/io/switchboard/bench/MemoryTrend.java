package io.switchboard.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The application's memory as messages go through it: the heap in use after a full collection (what it keeps)
 * and the resident set (what the machine gives it), after each step of messages.
 */
record MemoryTrend(List<Point> points) {

    /** Growth per step past this, once the first step has filled caches and pools, reads as growing: 100 bytes a message. */
    static final double GROWING_BYTES_PER_MESSAGE = 100;

    /**
     * @param messages updates posted to the application so far in the memory series
     * @param heapBytes heap in use after a full collection
     * @param rssBytes resident set size
     */
    record Point(long messages, long heapBytes, long rssBytes) {
    }

    MemoryTrend {
        points = List.copyOf(points);
    }

    /** Least-squares slope of the heap after a collection, bytes per message, over the points after the first. */
    double heapSlope() {
        return slope(Point::heapBytes);
    }

    /** Least-squares slope of the resident set, bytes per message, over the points after the first. */
    double rssSlope() {
        return slope(Point::rssBytes);
    }

    boolean heapKeepsGrowing() {
        return heapSlope() > GROWING_BYTES_PER_MESSAGE;
    }

    private double slope(ToLongFunction<Point> bytes) {
        List<Point> after = points.size() > 2 ? points.subList(1, points.size()) : points;
        if (after.size() < 2) {
            return 0;
        }
        double meanX = after.stream().mapToLong(Point::messages).average().orElse(0);
        double meanY = after.stream().mapToLong(bytes).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (Point point : after) {
            double dx = point.messages() - meanX;
            covariance += dx * (bytes.applyAsLong(point) - meanY);
            variance += dx * dx;
        }
        return variance == 0 ? 0 : covariance / variance;
    }
}
