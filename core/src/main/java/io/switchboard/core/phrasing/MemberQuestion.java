package io.switchboard.core.phrasing;

import io.switchboard.core.text.ColumnText;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A member's question as the knowledge base may keep it, and its folded form, by which the same
 * question asked twice is recognised.
 */
public final class MemberQuestion {

    /**
     * The most a proposed phrasing holds: a question, not a story. Under {@code ArticleText}'s 500 per
     * phrasing, so that a manager's edit has room.
     */
    public static final int MAX_LENGTH = 300;

    /**
     * What identifies a member or an account rather than the question: links, e-mail addresses,
     * handles, runs of six digits or more (user ids, phone and order numbers), and long tokens of
     * letters and digits (wallet addresses, transaction hashes).
     */
    private static final Pattern PERSONAL = Pattern.compile(String.join("|",
            "(?:https?://|www\\.)\\S+",
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
            "@\\w+",
            "\\+?\\d(?:[ -]?\\d){5,}",
            "\\b(?=[A-Za-z0-9]*\\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{20,}\\b"));
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private MemberQuestion() {
    }

    /**
     * The text without what identifies the member or their account, on one line, at most
     * {@link #MAX_LENGTH} characters (cut after a whole word, marked "…"); "" when nothing is left.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String kept = PERSONAL.matcher(text).replaceAll(" ").strip().replaceAll("\\s+", " ");
        return kept.isEmpty() ? "" : ColumnText.headline(kept, MAX_LENGTH);
    }

    /**
     * The text reduced to its letters and digits, compatibility-normalised and in lower case: "How do
     * I withdraw?!" and "how do i withdraw" fold alike, as do full-width and half-width forms.
     */
    public static String fold(String text) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        return NOT_LETTER_OR_DIGIT.matcher(normal.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The language to file a question under when the thread's is unknown: Chinese when it has Han characters. */
    static String guessLanguage(String text) {
        return CJK.matcher(text).find() ? "zh" : "en";
    }
}
