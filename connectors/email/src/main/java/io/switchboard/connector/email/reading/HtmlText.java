package io.switchboard.connector.email.reading;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML mail as a person reads it: paragraphs and line breaks kept, lists as "- " lines, links
 * that say something else than their address followed by "(address)", quoted mail ({@code <blockquote>}) as
 * "> " lines so that {@link ReplyText} recognizes it, and nothing of scripts, styles or the head.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "div",
            "dl", "dt", "fieldset", "figure", "footer", "form", "header", "hr", "li", "main", "nav", "ol", "pre", "section",
            "table", "tbody", "thead", "tfoot", "tr", "ul");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "template", "noscript", "object");

    private final StringBuilder out = new StringBuilder();

    private HtmlText() {
    }

    static String of(String html) {
        HtmlText text = new HtmlText();
        text.children(Jsoup.parse(html).body(), false);
        return text.out.toString().replaceAll("[ \\t\\u00a0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private void children(Node parent, boolean pre) {
        for (Node child : parent.childNodes()) {
            node(child, pre);
        }
    }

    private void node(Node node, boolean pre) {
        if (node instanceof TextNode text) {
            words(pre ? text.getWholeText() : text.getWholeText().replaceAll("\\s+", " "), pre);
        } else if (node instanceof Element element) {
            element(element, pre);
        }
    }

    private void element(Element element, boolean pre) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "br" -> out.append('\n');
            case "img" -> {
                if (!element.attr("alt").isBlank()) {
                    words("[" + element.attr("alt").strip() + "]", pre);
                }
            }
            case "li" -> {
                newLine();
                Element list = element.parent();
                out.append(list != null && list.normalName().equals("ol") ? (element.elementSiblingIndex() + 1) + ". " : "- ");
                children(element, pre);
                newLine();
            }
            case "a" -> {
                children(element, pre);
                link(element);
            }
            case "blockquote" -> quote(element, pre);
            case "td", "th" -> {
                children(element, pre);
                out.append(' ');
            }
            default -> block(element, tag, pre || tag.equals("pre"));
        }
    }

    private void block(Element element, String tag, boolean pre) {
        boolean paragraph = PARAGRAPHS.contains(tag);
        boolean block = paragraph || BLOCKS.contains(tag);
        if (block) {
            newLine();
        }
        if (paragraph) {
            blankLine();
        }
        children(element, pre);
        if (block) {
            newLine();
        }
        if (paragraph) {
            blankLine();
        }
    }

    /** A link whose text is not its address gets the address after it, so the reader can still follow it. */
    private void link(Element link) {
        String href = link.attr("href").strip();
        String shown = link.text().strip();
        String bare = href.startsWith("mailto:") ? href.substring("mailto:".length()) : href;
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:") || href.startsWith("cid:")
                || bare.equalsIgnoreCase(shown) || bare.equalsIgnoreCase(shown + "/")) {
            return;
        }
        out.append(shown.isEmpty() ? bare : " (" + bare + ")");
    }

    private void quote(Element blockquote, boolean pre) {
        newLine();
        HtmlText inner = new HtmlText();
        inner.children(blockquote, pre);
        for (String line : inner.out.toString().strip().split("\n", -1)) {
            out.append(line.isBlank() ? ">" : "> " + line.strip()).append('\n');
        }
    }

    private void words(String text, boolean pre) {
        boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        boolean afterSpace = lineStart || out.charAt(out.length() - 1) == ' ';
        out.append(!pre && afterSpace && text.startsWith(" ") ? text.substring(1) : text);
    }

    private void newLine() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private void blankLine() {
        int length = out.length();
        if (length > 0 && !(length > 1 && out.charAt(length - 1) == '\n' && out.charAt(length - 2) == '\n')) {
            out.append('\n');
        }
    }
}
