package io.switchboard.connector.twitter;

import java.util.regex.Pattern;

/** Turns a tweet's text into what the person wrote, the same way for polled and webhook tweets. */
final class TweetText {

    /** The "@a @b " prefix X puts in front of replies: it names the thread, not the question. */
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^\\s*(?:@\\w{1,15}(?:\\s+|$))+");

    private TweetText() {
    }

    /** Text as the v2 API returns it: {@code &amp;}, {@code &lt;} and {@code &gt;} are escaped. */
    static String fromV2(String text) {
        return withoutLeadingMentions(text == null ? "" : text.replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&"));
    }

    /** Text as Twitter4J returns it from a v1.1 object (already unescaped). */
    static String fromV1(String text) {
        return withoutLeadingMentions(text == null ? "" : text);
    }

    private static String withoutLeadingMentions(String text) {
        return LEADING_MENTIONS.matcher(text).replaceFirst("").strip();
    }
}
