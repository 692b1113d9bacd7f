package io.switchboard.admin.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A bar chart the dashboard draws as server-side SVG: one column per label, each a stack of the
 * series' values, on a y axis from 0 to a round maximum. It works out the geometry (in the SVG's
 * own units, {@link #WIDTH} by {@link #HEIGHT}); the page adds the words in its language.
 *
 * @param series message keys of the stacked series, bottom first
 * @param columns left to right
 */
record BarChart(List<String> series, List<Column> columns) {

    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    static final int LEFT = 60;
    static final int RIGHT = 8;
    static final int TOP = 12;
    static final int BOTTOM = 44;
    /** At most this many column labels fit under the x axis; the others are left out. */
    private static final int MAX_LABELS = 12;
    private static final int TICKS = 4;

    /**
     * @param label the column's label, or a message key when {@code localized}
     * @param values one per series
     */
    record Column(String label, boolean localized, List<Long> values) {

        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One series' part of a column; {@code series} picks its colour, {@code seriesKey} names it. */
    record Bar(double x, double y, double width, double height, int series, String seriesKey, long value) {
    }

    /** A line across the plot at {@code value}. */
    record Tick(double y, long value) {
    }

    /** A column's label under the x axis. */
    record Label(double x, Column column) {
    }

    static BarChart single(String series, List<Column> columns) {
        return new BarChart(List.of(series), columns);
    }

    /** The top of the y axis: the largest column rounded up to 1, 2 or 5 times a power of ten (at least 4). */
    public long max() {
        long largest = Math.max(TICKS, columns.stream().mapToLong(Column::total).max().orElse(0));
        long power = 1;
        while (true) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * power * TICKS >= largest) {
                    return step * power * TICKS;
                }
            }
            power *= 10;
        }
    }

    public List<Tick> ticks() {
        long max = max();
        return IntStream.rangeClosed(0, TICKS).mapToObj(i -> max * i / TICKS)
                .map(value -> new Tick(y(value), value)).toList();
    }

    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>();
        double width = slot() * 0.7;
        for (int i = 0; i < columns.size(); i++) {
            double x = LEFT + slot() * i + (slot() - width) / 2;
            long below = 0;
            List<Long> values = columns.get(i).values();
            for (int s = 0; s < values.size(); s++) {
                long value = values.get(s);
                if (value > 0) {
                    bars.add(new Bar(x, y(below + value), width, y(below) - y(below + value), s, series.get(s), value));
                }
                below += value;
            }
        }
        return bars;
    }

    public List<Label> labels() {
        int every = (columns.size() + MAX_LABELS - 1) / MAX_LABELS;
        return IntStream.range(0, columns.size()).filter(i -> i % every == 0)
                .mapToObj(i -> new Label(LEFT + slot() * i + slot() / 2, columns.get(i))).toList();
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    /** Where the x axis runs. */
    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    private double slot() {
        return (double) (WIDTH - LEFT - RIGHT) / Math.max(1, columns.size());
    }

    private double y(long value) {
        return baseline() - (double) value / max() * (baseline() - TOP);
    }
}
