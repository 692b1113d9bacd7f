package io.switchboard.core.text;

/** Text cut short, with "…" to show it was: to fit a database column, or to an excerpt for a reader. */
public final class ColumnText {

    private static final String ELLIPSIS = "…";

    private ColumnText() {
    }

    /**
     * The text as it is when it fits, otherwise its first {@code maxLength - 1} characters and "…",
     * so that a reader sees it was cut. Lengths are Java {@code char}s, which never undercounts a
     * column's limit: a database counts a character outside the Basic Multilingual Plane (an emoji)
     * as one, Java as two. The cut is by {@code char} too, so it may fall between the two halves of
     * such a character.
     *
     * @param text may be null, which stays null
     * @param maxLength the column's length, at least 1
     */
    public static String fit(String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("a column holds at least one character, not " + maxLength);
        }
        return text == null || text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + ELLIPSIS;
    }

    /**
     * The text as it is when it has at most {@code keep} characters, otherwise those first characters
     * and "…": for a log line, an audit record or a moderator's view of a long message. Counted and
     * cut by {@code char}, as {@link #fit} is.
     *
     * @param text may be null, which stays null
     */
    public static String excerpt(String text, int keep) {
        return text == null || text.length() <= keep ? text : text.substring(0, keep) + ELLIPSIS;
    }

    /**
     * The text on one line, for a title: whole when it has at most {@code maxLength} characters,
     * otherwise cut at the last word boundary that leaves room for "…" and marked with it, so that no
     * word is cut in half ("My withdrawal of 500 USDT has been…", never "…has be"). Chinese has no
     * spaces: every Chinese character is a boundary of its own. Only a single word longer than the
     * whole title is cut inside. Counted in Unicode characters, so an emoji is never split.
     *
     * @param maxLength at least 2: a character and the ellipsis
     */
    public static String headline(String text, int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("a headline holds at least two characters, not " + maxLength);
        }
        String line = text.strip().replaceAll("\\s+", " ");
        int[] characters = line.codePoints().toArray();
        if (characters.length <= maxLength) {
            return line;
        }
        int cut = maxLength - 1;
        while (cut > 0 && !isBoundary(characters[cut - 1], characters[cut])) {
            cut--;
        }
        if (cut == 0) {
            cut = maxLength - 1;
        }
        return new String(characters, 0, cut).stripTrailing() + ELLIPSIS;
    }

    private static boolean isBoundary(int before, int after) {
        return Character.isWhitespace(before) || Character.isWhitespace(after)
                || Character.isIdeographic(before) || Character.isIdeographic(after);
    }
}
