package io.switchboard.text.lookalike;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Locale;

/**
 * Folds a string to what it looks like, so that "N0vaEx", "Ｎｏｖａ Ｅｘ" (fullwidth), "Nоvаеx"
 * (Cyrillic о, а, е) and "nova_ex" all read "novaex". Steps: NFKC (fullwidth and compatibility
 * forms), ICU's confusable skeleton (UTS #39: homoglyphs of other scripts), lower case, the digits
 * and symbols people use for letters, and finally only letters and digits are kept, so spacing and
 * separators do not matter. Chinese characters pass through unchanged.
 */
public final class Confusables {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Thread-safe once built (ICU4J: the check and skeleton functions are). */
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    private Confusables() {
    }

    /** The folded form: letters and digits only, homoglyphs and look-alike digits replaced. */
    public static String skeleton(String text) {
        String folded = fold(text);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Like {@link #skeleton} but keeps everything else (spaces, dots, separators) in place. */
    public static String fold(String text) {
        // ANY_CASE keeps the capitals, whose skeletons are the useful ones (Greek Ε -> E, not ꞓ);
        // lower-casing first would also turn "m" into "rn".
        String skeleton = SPOOF.getSkeleton(SpoofChecker.ANY_CASE, NFKC.normalize(text)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(skeleton.length());
        skeleton.codePoints().forEach(c -> out.appendCodePoint(letterFor(c)));
        return out.toString().replace("rn", "m").replace("vv", "w");
    }

    private static int letterFor(int c) {
        return switch (c) {
            case '0' -> 'o';
            // i, l, I, 1 and | are one stroke: the same letter here
            case '1', '|', '!', 'i' -> 'l';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            case '8' -> 'b';
            default -> c;
        };
    }
}
