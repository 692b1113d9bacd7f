package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.switchboard.bench.DecisionLog.Event;
import io.switchboard.bench.DecisionLog.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The open loop's pure parts: the clock's schedule, the backlog at a moment, the rate to report, the memory trend. */
class OpenLoopTest {

    private static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void eachUpdateIsDueAtItsPlaceOnTheClockWhateverCameBefore() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(250, Duration.ofSeconds(30));

        assertThat(schedule.count()).isEqualTo(7_500);
        assertThat(schedule.dueNanos(0)).isZero();
        assertThat(schedule.dueNanos(1)).isEqualTo(4_000_000);
        assertThat(schedule.dueNanos(7_499)).as("the last one a tick before the 30 s end").isEqualTo(29_996_000_000L);
        assertThat(new OpenLoopSchedule(3, Duration.ofSeconds(1)).dueNanos(2)).as("rounded down, never early")
                .isEqualTo(666_666_666);
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenLoopSchedule(0, Duration.ofSeconds(1)));
    }

    @Test
    void theBacklogAtTheEndIsEverythingSentAndNotYetProcessedStoredOrNot() {
        Instant end = T0.plusSeconds(30);
        Event doneBefore = event(T0, T0.plusMillis(20));
        Event doneAfter = event(T0.plusSeconds(29), end.plusSeconds(4));
        Event neverDone = event(T0.plusSeconds(10), null);

        assertThat(OpenLoopBench.backlogAt(4, List.of(doneBefore, doneAfter, neverDone), end))
                .as("two stored and waiting, one still in the webhook").isEqualTo(3);
        assertThat(OpenLoopBench.backlogAt(1, List.of(doneBefore), end)).isZero();
    }

    @Test
    void theHighestRateUnderAHundredMillisecondsIsTheLastOfAnUnbrokenRunFromTheLowest() {
        assertThat(RateFigures.highestUnderLimit(List.of(rate(500, 120), rate(100, 20), rate(250, 60))))
                .hasValue(250);
        assertThat(RateFigures.highestUnderLimit(List.of(rate(100, 150), rate(250, 60), rate(500, 80))))
                .as("a lucky higher rate after a failed lower one does not count").isEmpty();
        assertThat(RateFigures.highestUnderLimit(List.of(rate(100, 30), rate(250, 99.9)))).hasValue(250);
        assertThat(RateFigures.highestUnderLimit(List.of(rate(100, 0)))).as("nothing decided is no figure").isEmpty();
    }

    @Test
    void memoryThatLevelsOffAfterTheFirstStepIsFlatAndALeakIsNot() {
        MemoryTrend flat = trend(new long[] {180, 150, 151, 150, 152, 151});
        MemoryTrend leaking = trend(new long[] {150, 160, 170, 180, 190, 200});

        assertThat(flat.heapKeepsGrowing()).as("the first step's warming is left out").isFalse();
        assertThat(leaking.heapSlope()).as("10 MB a step of 10,000: 1,000 bytes an update")
                .isCloseTo(1_000, Offset.offset(0.001));
        assertThat(leaking.heapKeepsGrowing()).isTrue();
    }

    private static MemoryTrend trend(long[] heapMegabytes) {
        return new MemoryTrend(IntStream.range(0, heapMegabytes.length)
                .mapToObj(i -> new MemoryTrend.Point((i + 1) * 10_000L, heapMegabytes[i] * 1_000_000,
                        400_000_000L)).toList());
    }

    private static Event event(Instant stored, Instant processed) {
        return new Event(Outcome.SILENT, stored, null, processed);
    }

    private static RateFigures rate(int rate, double p99Millis) {
        Figures decisions = new Figures(rate, p99Millis / 2 * 1e6, p99Millis * 1e6, p99Millis * 1e6);
        return new RateFigures(rate, rate * 30, decisions, decisions, decisions, decisions, 0, new TreeMap<>());
    }
}
