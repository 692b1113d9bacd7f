package io.switchboard.web.markdown;

import org.jsoup.Jsoup;

/** The start of a page's text without markup: a summary under a link (search engines, previews, chat cards). */
public final class HtmlText {

    private HtmlText() {
    }

    /** The text of cleaned HTML cut to about {@code length} characters, at a word's end where there is one. */
    public static String summary(String html, int length) {
        String text = Jsoup.parse(html).text().strip();
        if (text.length() <= length) {
            return text;
        }
        String cut = text.substring(0, length - 1);
        int space = cut.lastIndexOf(' ');
        // Chinese has no spaces: a cut anywhere is a fine place; English stops at its last whole word
        return (space > length / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }
}
