package io.switchboard.bench;

import java.util.List;
import java.util.OptionalInt;
import java.util.SortedMap;

/**
 * What one arrival rate gave on one target.
 *
 * @param rate updates per second offered
 * @param sent updates sent
 * @param lateness how late each send went out after its due time (a saturated client shows here)
 * @param roundTrip the webhook's round trips; {@code perSecond} is answered updates over the sending time
 * @param decisions receipt -> decision of the decided updates (replies and tickets, as {@link DecisionLog})
 * @param processed receipt -> processed of every processed update, silent ones included
 * @param backlogAtEnd updates sent and not processed when the rate's last update was due (in the webhook or stored)
 * @param unexpected webhook answers other than 2xx, by status
 */
record RateFigures(int rate, int sent, Figures lateness, Figures roundTrip, Figures decisions, Figures processed,
        int backlogAtEnd, SortedMap<Integer, Integer> unexpected) {

    /** A p99 under this is a decision as fast as a person expects a bot's answer: the line. */
    static final double P99_LIMIT_NANOS = 100e6;

    /**
     * The highest rate whose receipt -> decision p99 stays under {@link #P99_LIMIT_NANOS}: it and every lower
     * rate measured, so a lucky high rate after a failed lower one does not count; empty when the lowest fails.
     */
    static OptionalInt highestUnderLimit(List<RateFigures> rates) {
        OptionalInt highest = OptionalInt.empty();
        for (RateFigures figures : rates.stream().sorted((a, b) -> Integer.compare(a.rate, b.rate)).toList()) {
            if (figures.decisions.p99() >= P99_LIMIT_NANOS || figures.decisions.p99() == 0) {
                return highest;
            }
            highest = OptionalInt.of(figures.rate);
        }
        return highest;
    }
}
