package io.switchboard.connector.twitter;

import java.util.regex.Pattern;

/** Turns a tweet's text into what the person wrote, the same way for polled and webhook tweets. */
final class TweetText {

    /** The "@a @b " prefix X puts in front of replies: it names the thread, not the question. */
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^\\s*(?:@\\w{1,15}(?:\\s+|$))+");
    /** X writes every link as a {@code t.co} link of its own. */
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

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

    /**
     * Whether a tweet of ours as the v2 API returns it is the text we posted: X escapes it, may put
     * the replied-to handles in front and rewrites every link to {@code t.co}, so those differences
     * do not count.
     */
    static boolean isPostedText(String v2Text, String posted) {
        return withoutLinks(fromV2(v2Text)).equals(withoutLinks(withoutLeadingMentions(posted)));
    }

    private static String withoutLinks(String text) {
        return LINK.matcher(text).replaceAll("<link>");
    }

    private static String withoutLeadingMentions(String text) {
        return LEADING_MENTIONS.matcher(text).replaceFirst("").strip();
    }
}
