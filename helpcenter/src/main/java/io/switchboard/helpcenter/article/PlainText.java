package io.switchboard.helpcenter.article;

import io.switchboard.web.markdown.HtmlText;

/** A page's summary for search engines and link previews: the start of its text, without markup. */
final class PlainText {

    /** About what search engines show and what Telegram and X put under a link's title. */
    static final int SUMMARY = 160;

    private PlainText() {
    }

    /** The text of cleaned HTML cut to about {@link #SUMMARY} characters ({@link HtmlText#summary}). */
    static String summary(String html) {
        return HtmlText.summary(html, SUMMARY);
    }
}
