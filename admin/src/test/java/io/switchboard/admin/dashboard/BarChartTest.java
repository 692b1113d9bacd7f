package io.switchboard.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The geometry of the dashboard's SVG bar charts. */
class BarChartTest {

    @Test
    void theAxisEndsAtARoundNumberAboveTheTallestColumn() {
        assertThat(chart(0, 0).max()).isEqualTo(4);
        assertThat(chart(3, 1).max()).isEqualTo(4);
        assertThat(chart(7, 3).max()).isEqualTo(8);
        assertThat(chart(130, 0).max()).isEqualTo(200);
        assertThat(chart(7, 3).ticks()).extracting(BarChart.Tick::value).containsExactly(0L, 2L, 4L, 6L, 8L);
    }

    @Test
    void stackedBarsSitOnEachOtherAndEmptyValuesDrawNothing() {
        BarChart chart = new BarChart(List.of("a", "b"), List.of(
                new BarChart.Column("x", false, List.of(2L, 2L)), new BarChart.Column("y", false, List.of(0L, 4L))));
        List<BarChart.Bar> bars = chart.bars();
        assertThat(bars).hasSize(3);
        BarChart.Bar bottom = bars.get(0);
        BarChart.Bar top = bars.get(1);
        assertThat(bottom.y() + bottom.height()).isEqualTo(chart.baseline());
        assertThat(top.y() + top.height()).isEqualTo(bottom.y());
        assertThat(top.height()).isEqualTo(bottom.height());
        assertThat(bars.get(2).y()).isEqualTo(top.y());
    }

    @Test
    void aDayOfHoursLabelsEveryOtherHour() {
        BarChart day = BarChart.single("s", IntStream.range(0, 24)
                .mapToObj(hour -> new BarChart.Column(hour + ":00", false, List.of(1L))).toList());
        assertThat(day.labels()).hasSize(12);
        assertThat(day.labels().get(1).column().label()).isEqualTo("2:00");
    }

    private static BarChart chart(long... totals) {
        return BarChart.single("s", Arrays.stream(totals)
                .mapToObj(total -> new BarChart.Column("c", false, List.of(total))).toList());
    }
}
