package io.switchboard.eval.answer;

import java.util.Locale;

/** A ratio as the reports print it: the value with its counts, "n/a" over nothing. */
final class Ratio {

    private Ratio() {
    }

    static String of(int part, int whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) part / whole, part, whole);
    }
}
