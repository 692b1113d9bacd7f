package io.switchboard.web.markdown;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;

/**
 * Bare {@code www.} addresses ("see www.novaex.example/fees") as links, as GitHub does: the
 * autolink extension of commonmark 0.24 links only addresses with a scheme and e-mail addresses,
 * and has no option for these. The link goes to {@code https://}, never plain http, on a forum
 * about people's money. Runs after that extension, so text already inside a link (its own or a
 * Markdown one) is left alone, and so is code, which is no {@link Text}. Like the extension's, its
 * links end where Chinese text starts ({@link CjkLinkEnds}), which runs before it.
 */
final class WwwLinks implements PostProcessor {

    private static final String SCHEME = "https://";
    private static final LinkExtractor WWW = LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.WWW)).build();

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                // its text is a link already
            }

            @Override
            public void visit(Text text) {
                linkify(text);
            }
        });
        return document;
    }

    /** Splits the text into text and links in place; the new nodes come after it, so the visit passes them by. */
    private static void linkify(Text text) {
        String literal = text.getLiteral();
        if (WWW.extractLinks(literal).iterator().hasNext()) {
            Node last = text;
            List<Link> links = new ArrayList<>();
            for (Span span : WWW.extractSpans(literal)) {
                String part = literal.substring(span.getBeginIndex(), span.getEndIndex());
                Node node = span instanceof LinkSpan ? link(part) : new Text(part);
                if (node instanceof Link link) {
                    links.add(link);
                }
                last.insertAfter(node);
                last = node;
            }
            text.unlink();
            links.forEach(CjkLinkEnds::cut);
        }
    }

    private static Link link(String address) {
        Link link = new Link(SCHEME + address, null);
        link.appendChild(new Text(address));
        return link;
    }
}
