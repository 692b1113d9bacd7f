package io.switchboard.connector.twitter;

import java.net.URI;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a reply fit X's limits. A tweet may weigh 280 by X's counting (twitter-text v3): after NFC
 * normalization, code points in Latin and common punctuation ranges weigh 1, everything else (CJK,
 * emoji...) weighs 2, and every URL weighs 23 whatever its length. We count a little more
 * conservatively than X (each code point of an emoji sequence weighs 2, and anything that looks
 * like a domain counts as a URL), so a reply we think fits is never refused as too long.
 *
 * <p>A longer answer is cut at a word boundary and ends in "…" plus a link: the answer's own last
 * link when it ends with one (the router puts the article link there), otherwise
 * {@code switchboard.twitter.link-base-url} when configured, otherwise just "…".
 */
final class TweetFitter {

    static final int MAX_TWEET_WEIGHT = 280;
    static final int MAX_DIRECT_MESSAGE_LENGTH = 10_000;
    private static final int URL_WEIGHT = 23;
    private static final String ELLIPSIS = "…";

    /** URLs with or without a scheme (X links bare domains too); never spans whitespace. */
    static final Pattern URL = Pattern.compile(
            "(?i)(?<![\\w@.-])(?:https?://)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}(?::\\d{2,5})?(?:/\\S*)?");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:–—-]+$");

    private final String fallbackLink;

    TweetFitter(URI linkBaseUrl) {
        this.fallbackLink = linkBaseUrl == null ? null : linkBaseUrl.toString();
    }

    /** The text as X weighs it; at most {@value #MAX_TWEET_WEIGHT} may be posted. */
    static int weightedLength(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        Matcher url = URL.matcher(normalized);
        int weight = 0;
        int position = 0;
        while (url.find()) {
            weight += codePointWeight(normalized, position, url.start()) + URL_WEIGHT;
            position = url.end();
        }
        return weight + codePointWeight(normalized, position, normalized.length());
    }

    /** The reply as it will be posted: unchanged when it fits, shortened with a link otherwise. */
    String fitTweet(String text) {
        String reply = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (weightedLength(reply) <= MAX_TWEET_WEIGHT) {
            return reply;
        }
        String body = reply;
        String link = fallbackLink;
        int lastSpace = lastWhitespace(reply);
        String lastToken = reply.substring(lastSpace + 1);
        if (URL.matcher(lastToken).matches()) {
            link = lastToken;
            body = reply.substring(0, lastSpace + 1);
        }
        String suffix = ELLIPSIS + (link == null ? "" : " " + link);
        return cut(body, MAX_TWEET_WEIGHT - weightedLength(suffix)) + suffix;
    }

    /** Direct messages may hold 10,000 characters; longer ones are cut with "…". */
    String fitDirectMessage(String text) {
        String message = text.strip();
        if (message.codePointCount(0, message.length()) <= MAX_DIRECT_MESSAGE_LENGTH) {
            return message;
        }
        int end = message.offsetByCodePoints(0, MAX_DIRECT_MESSAGE_LENGTH - 1);
        return message.substring(0, end) + ELLIPSIS;
    }

    /**
     * The longest run of whole words within the weight, or a hard cut when not even the first word
     * fits. Weights add up word by word because a URL never spans whitespace.
     */
    private static String cut(String body, int budget) {
        String best = "";
        int weight = 0;
        int start = 0;
        while (start < body.length()) {
            int end = nextWhitespace(body, start);
            int wordWeight = weightedLength(body.substring(start, end));
            if (weight + wordWeight > budget) {
                break;
            }
            best = body.substring(0, end);
            weight += wordWeight + (end < body.length() ? weightOf(body.charAt(end)) : 0);
            start = end + 1;
        }
        if (best.isBlank()) {
            best = hardCut(body, budget);
        }
        return TRAILING_PUNCTUATION.matcher(best).replaceFirst("");
    }

    private static String hardCut(String body, int budget) {
        String cut = body;
        while (!cut.isEmpty() && weightedLength(cut) > budget) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut;
    }

    private static int codePointWeight(String text, int from, int to) {
        return text.substring(from, to).codePoints().map(TweetFitter::weightOf).sum();
    }

    private static int weightOf(int codePoint) {
        boolean light = codePoint <= 0x10FF
                || (codePoint >= 0x2000 && codePoint <= 0x200D)
                || (codePoint >= 0x2010 && codePoint <= 0x201F)
                || (codePoint >= 0x2032 && codePoint <= 0x2037);
        return light ? 1 : 2;
    }

    private static int lastWhitespace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int nextWhitespace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }
}
