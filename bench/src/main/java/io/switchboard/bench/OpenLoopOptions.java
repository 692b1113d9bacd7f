package io.switchboard.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The open-loop series' options.
 *
 * @param rates the arrival rates, updates per second, in the order they run
 * @param perRate how long each rate is held
 * @param targets the databases and instance counts it runs on, in order
 * @param burst updates posted as fast as possible after the rates, on each target
 * @param memoryMessages updates posted in steps of a tenth on the first target, the heap and resident set measured
 *     after each step; 0: none
 */
record OpenLoopOptions(List<Integer> rates, Duration perRate, List<OpenLoopTarget> targets, int burst,
        int memoryMessages) {

    /** The defaults, by option name, for {@link BenchOptions}. */
    static final Map<String, String> DEFAULTS = Map.of(
            "openloop-rates", "100,250,500,1000",
            "openloop-seconds", "30",
            "openloop-targets", "h2,postgres,postgres2",
            "openloop-burst", "10000",
            "openloop-memory", "100000");

    /** Steps of the memory series: a point after each tenth. */
    static final int MEMORY_STEPS = 10;

    static OpenLoopOptions parse(Map<String, String> values) {
        List<Integer> rates;
        try {
            rates = Arrays.stream(values.get("openloop-rates").split(",", -1)).map(String::strip)
                    .map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--openloop-rates: whole numbers joined by commas, got '"
                    + values.get("openloop-rates") + "'");
        }
        if (rates.stream().anyMatch(rate -> rate < 1)) {
            throw new IllegalArgumentException("--openloop-rates: each rate must be at least 1 update a second");
        }
        int seconds = whole(values, "openloop-seconds");
        if (seconds < 1) {
            throw new IllegalArgumentException("--openloop-seconds must be at least 1");
        }
        int memory = whole(values, "openloop-memory");
        if (memory % MEMORY_STEPS != 0) {
            throw new IllegalArgumentException("--openloop-memory must be a multiple of " + MEMORY_STEPS
                    + " (a point after each tenth), got " + memory);
        }
        return new OpenLoopOptions(rates, Duration.ofSeconds(seconds), OpenLoopTarget.parse(values.get("openloop-targets")),
                whole(values, "openloop-burst"), memory);
    }

    private static int whole(Map<String, String> values, String name) {
        try {
            int value = Integer.parseInt(values.get(name).strip());
            if (value < 0) {
                throw new IllegalArgumentException("--" + name + " must not be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + values.get(name) + "'");
        }
    }
}
