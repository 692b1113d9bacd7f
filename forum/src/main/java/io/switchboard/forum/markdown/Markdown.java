package io.switchboard.forum.markdown;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Turns a post's Markdown (CommonMark) into the HTML shown on the pages and in the API. The
 * renderer's output, raw HTML in the Markdown included, always passes through {@link PostCleaner}.
 * Images are not part of the safelist: a post shows a link's text instead.
 */
@Component
public class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().softbreak("<br>").build();

    public String toHtml(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        return PostCleaner.clean(renderer.render(document));
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
