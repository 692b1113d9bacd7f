package io.switchboard.helpcenter.search;

import io.switchboard.text.QueryMatcher;
import io.switchboard.text.QueryMatcher.Match;
import io.switchboard.text.Scripts;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns plain text into HTML with the query's words in {@code <mark>}: every character of the text
 * escaped, so a title or body holding {@code <script>} shows it as text. The only markup is ours.
 */
final class Snippets {

    /** How much of a body a result quotes, in characters. */
    static final int LENGTH = 180;
    /** How much text a snippet shows before its first mark, so the mark is read in its sentence. */
    private static final int LEAD = 40;
    private static final String ELLIPSIS = "…";
    /** How much of a body is read for the query's words: enough for a snippet, and a 20,000-character body costs 10 ms. */
    private static final int SEARCHED_FOR_MARKS = 2_000;

    private Snippets() {
    }

    /** All of {@code text}, marked: for titles. {@code folded} is the text as the matcher reads it. */
    static String marked(String text, String folded, QueryMatcher matcher) {
        return html(text, 0, text.length(), matcher.find(folded));
    }

    /** The part of {@code text} where the query's words are densest, about {@link #LENGTH} long, marked. */
    static String excerpt(String text, String folded, QueryMatcher matcher) {
        List<Match> marks = matcher.find(folded.length() <= SEARCHED_FOR_MARKS ? folded
                : folded.substring(0, SEARCHED_FOR_MARKS));
        int start = text.length() <= LENGTH ? 0 : wordStart(text, Math.max(0, densest(marks) - LEAD));
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            end = wordEnd(text, end);
        }
        return (start > 0 ? ELLIPSIS : "") + html(text, start, end, marks) + (end < text.length() ? ELLIPSIS : "");
    }

    /** Where the window of {@link #LENGTH} holding the most marks begins: at a mark, or 0 without marks. */
    private static int densest(List<Match> marks) {
        int best = 0;
        int bestCount = 0;
        for (int i = 0, j = 0; i < marks.size(); i++) {
            while (j < marks.size() && marks.get(j).end() <= marks.get(i).start() + LENGTH - LEAD) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = marks.get(i).start();
            }
        }
        return best;
    }

    private static String html(String text, int start, int end, List<Match> marks) {
        StringBuilder out = new StringBuilder(end - start + 32);
        int at = start;
        for (Match mark : marks) {
            int from = Math.max(mark.start(), at);
            int to = Math.min(mark.end(), end);
            if (from >= to) {
                continue;
            }
            out.append(HtmlUtils.htmlEscape(text.substring(at, from)));
            out.append("<mark>").append(HtmlUtils.htmlEscape(text.substring(from, to))).append("</mark>");
            at = to;
        }
        out.append(HtmlUtils.htmlEscape(text.substring(at, end)));
        return out.toString();
    }

    /** Back to the start of the word at {@code at}, so an English snippet does not begin mid-word. */
    private static int wordStart(String text, int at) {
        int start = at;
        while (start > 0 && start > at - 15 && Character.isLetterOrDigit(text.charAt(start - 1))
                && !Scripts.isHan(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** On to the end of the word at {@code at}. */
    private static int wordEnd(String text, int at) {
        int end = at;
        while (end < text.length() && end < at + 15 && Character.isLetterOrDigit(text.charAt(end))
                && !Scripts.isHan(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
