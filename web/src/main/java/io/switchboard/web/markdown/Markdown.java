package io.switchboard.web.markdown;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Turns a post's Markdown (CommonMark) into the HTML shown on the pages and in the API. The
 * renderer's output, raw HTML in the Markdown included, always passes through {@link PostCleaner}.
 * Images are not part of the safelist: a post shows a link's text instead. Plain web addresses
 * ({@code https://…}, and {@code www.…} by {@link WwwLinks}) and e-mail addresses become links too, so
 * they count as links wherever links count (a new member's first post with one is held) and are
 * clickable in answers; such an address ends where Chinese text starts ({@link CjkLinkEnds}).
 */
@Component
public class Markdown {

    /** A line that starts a list item: {@code - x}, {@code * x}, {@code + x}, {@code 1. x}, {@code 1) x}. */
    private static final Pattern LIST_ITEM = Pattern.compile("^ {0,3}([-*+]|\\d{1,9}[.)])[ \\t]+\\S.*");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*");

    private final Parser parser = Parser.builder().extensions(List.of(AutolinkExtension.create()))
            .postProcessor(new CjkLinkEnds()).postProcessor(new WwwLinks()).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().softbreak("<br>").build();

    public String toHtml(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        return PostCleaner.clean(renderer.render(document));
    }

    /**
     * Chat text (the support pipeline's messages, written for chat apps, line by line) as Markdown
     * that reads the same: a list ends at the first line that is not an item nor indented under
     * one, and starts even after a line of text. CommonMark would otherwise take the line after a
     * list ("Still stuck? …") into the last item, and "2." after a sentence for more of the sentence.
     */
    public static String fromChatText(String chat) {
        StringBuilder markdown = new StringBuilder();
        boolean inList = false;
        boolean inFence = false;
        boolean afterBlank = true;
        for (String line : chat.strip().split("\\R", -1)) {
            if (line.isBlank()) {
                markdown.append('\n');
                afterBlank = true;
                continue;
            }
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            }
            if (!inFence) {
                boolean item = LIST_ITEM.matcher(line).matches();
                boolean indented = line.startsWith(" ") || line.startsWith("\t");
                boolean listStartsOrEnds = item ? !inList : inList && !indented;
                if (listStartsOrEnds && !afterBlank) {
                    markdown.append('\n');
                }
                inList = item || (inList && indented);
            }
            markdown.append(line).append('\n');
            afterBlank = false;
        }
        return markdown.toString().strip();
    }

    /** A Markdown block quote of {@code markdown} with an attribution line, for quoting a post in a reply. */
    public static String quote(String authorName, String markdown) {
        StringBuilder quoted = new StringBuilder("> **").append(escape(authorName)).append("**:\n");
        markdown.strip().lines().forEach(line -> quoted.append("> ").append(line).append('\n'));
        return quoted.append('\n').toString();
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
