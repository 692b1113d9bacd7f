package io.switchboard.router.answer;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Latin words of a text, and among them the names: words written in capitals (XRP, USDT,
 * TRC20), as announcements name the coins and networks they are about. Chinese text writes them
 * the same way ("我的XRP充值"), so they tell what a message asks about in either language.
 * Fullwidth letters count as their ASCII selves; everything is returned in lower case.
 */
record Names(Set<String> words, Set<String> names) {

    private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]{1,9}(?![A-Za-z0-9])");

    static Names of(String text) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (matcher.find()) {
            String word = matcher.group();
            String lower = word.toLowerCase(Locale.ROOT);
            words.add(lower);
            if (word.equals(word.toUpperCase(Locale.ROOT))) {
                names.add(lower);
            }
        }
        return new Names(words, names);
    }

    /** Whether this text mentions, in any case, one of the names of {@code other}. */
    boolean mentionsAnyNameOf(Names other) {
        return other.names.stream().anyMatch(words::contains);
    }

    /** Whether this text names something {@code other} never mentions. */
    boolean namesSomethingNotIn(Names other) {
        return names.stream().anyMatch(name -> !other.words.contains(name));
    }
}
