package io.switchboard.helpcenter.article;

import org.jsoup.Jsoup;

/** A page's summary for search engines and link previews: the start of its text, without markup. */
final class PlainText {

    /** About what search engines show and what Telegram and X put under a link's title. */
    static final int SUMMARY = 160;

    private PlainText() {
    }

    /** The text of cleaned HTML cut to about {@link #SUMMARY} characters, at a word's end where there is one. */
    static String summary(String html) {
        String text = Jsoup.parse(html).text().strip();
        if (text.length() <= SUMMARY) {
            return text;
        }
        String cut = text.substring(0, SUMMARY - 1);
        int space = cut.lastIndexOf(' ');
        // Chinese has no spaces: a cut anywhere is a fine place; English stops at its last whole word
        return (space > SUMMARY / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }
}
