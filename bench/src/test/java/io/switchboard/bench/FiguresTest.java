package io.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures a series reports: percentiles by nearest rank, medians over rounds, memory per connection. */
class FiguresTest {

    @Test
    void percentilesAreTheNearestRankOfTheSamples() {
        long[] millis = new long[100];
        for (int i = 0; i < millis.length; i++) {
            millis[99 - i] = (i + 1) * 1_000_000L;
        }

        Figures figures = Figures.of(100, Duration.ofSeconds(2), millis);

        assertThat(figures.p50()).isEqualTo(50_000_000);
        assertThat(figures.p99()).isEqualTo(99_000_000);
        assertThat(figures.perSecond()).isEqualTo(50);
        assertThat(Latencies.of(new long[] {7}).percentile(99)).as("one sample is every percentile").isEqualTo(7);
    }

    @Test
    void aRoundsFiguresAreTheMedianOfTheRoundsNotTheMean() {
        Figures slowRound = new Figures(10, 900, 900, 900);

        Figures median = Figures.median(List.of(new Figures(100, 5, 6, 7), slowRound, new Figures(90, 4, 5, 8)));

        assertThat(median).isEqualTo(new Figures(90, 5, 6, 8));
    }

    @Test
    void memoryPerConnectionIsTheHeapGrowthShared() {
        assertThat(WebchatBench.heapPerConnection(100_000_000, 120_480_000, 500)).isEqualTo(40_960);
        assertThat(WebchatBench.heapPerConnection(100_000_000, 99_000_000, 500))
                .as("a collection that freed more than the sockets took").isZero();
    }
}
