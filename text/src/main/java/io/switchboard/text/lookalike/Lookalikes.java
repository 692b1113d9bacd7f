package io.switchboard.text.lookalike;

/**
 * Whether one folded string imitates another: contains it as it is, or with one letter changed,
 * added, dropped or two swapped ("novaexx", "novex", "nvoaex"). Short names only count exactly:
 * one letter off "mia" is too many innocent names.
 */
public final class Lookalikes {

    /** Names shorter than this are only matched exactly. */
    private static final int APPROXIMATE_FROM = 5;

    private Lookalikes() {
    }

    /** What {@code text} has of {@code protectedName}, both {@link Confusables#skeleton skeletons}. */
    public static Match match(String text, String protectedName) {
        if (protectedName.isEmpty() || text.isEmpty()) {
            return Match.NONE;
        }
        if (text.contains(protectedName)) {
            return Match.EXACT;
        }
        int length = protectedName.length();
        if (length < APPROXIMATE_FROM) {
            return Match.NONE;
        }
        for (int window = length - 1; window <= length + 1; window++) {
            for (int start = 0; start + window <= text.length(); start++) {
                if (distance(text.substring(start, start + window), protectedName) <= 1) {
                    return Match.NEAR;
                }
            }
        }
        return Match.NONE;
    }

    /** How the text resembles a protected name. */
    public enum Match {
        NONE, NEAR, EXACT;

        public boolean found() {
            return this != NONE;
        }
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
