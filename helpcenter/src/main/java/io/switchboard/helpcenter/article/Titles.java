package io.switchboard.helpcenter.article;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How titles and tags are put before a reader of one language. */
final class Titles {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private Titles() {
    }

    /** Alphabetical for the language: pinyin order for Chinese titles, dictionary order for English ones. */
    static Comparator<String> order(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        return collator::compare;
    }

    /**
     * An article's tags serve both languages' searches ({@code [withdrawal, 提现]}): a reader sees the ones
     * written in their own script, or all of them if none are.
     */
    static List<String> tagsFor(List<String> tags, String language) {
        boolean chinese = "zh".equals(language);
        List<String> own = tags.stream().filter(tag -> HAN.matcher(tag).find() == chinese).toList();
        return own.isEmpty() ? tags : own;
    }
}
