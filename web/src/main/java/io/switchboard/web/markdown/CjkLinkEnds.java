package io.switchboard.web.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Ends the links the autolink extension found (and those {@link WwwLinks} makes) at the first
 * Chinese character or full-width punctuation mark. Chinese text puts no space after an address ("发邮件至
 * support@novaex.com。请写明", "访问https://novaex.com/help提交"), and the extension, which allows
 * any letter in a domain or path, would take the rest of the sentence into the link. Only links
 * whose text is their own address are cut; a Markdown link with its own text ({@code [帮助](…)})
 * keeps the end it was written with.
 */
final class CjkLinkEnds implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<Link> autolinks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                // the extension's links hold one text node: the address as written (without "mailto:")
                if (link.getFirstChild() instanceof Text text && link.getFirstChild() == link.getLastChild()
                        && link.getDestination().endsWith(text.getLiteral())) {
                    autolinks.add(link);
                }
            }
        });
        autolinks.forEach(CjkLinkEnds::cut);
        return document;
    }

    /** Cuts a link whose text is its address before the first Chinese character, which follows it as text. */
    static void cut(Link link) {
        Text text = (Text) link.getFirstChild();
        String written = text.getLiteral();
        int end = firstCjk(written);
        if (end < 0) {
            return;
        }
        if (end == 0) {
            link.insertAfter(new Text(written));
            link.unlink();
            return;
        }
        String destination = link.getDestination();
        link.setDestination(destination.substring(0, destination.length() - written.length() + end));
        text.setLiteral(written.substring(0, end));
        link.insertAfter(new Text(written.substring(end)));
    }

    private static int firstCjk(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isCjk(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0x3000 && codePoint <= 0x303F) // CJK punctuation: 。、「」
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF); // full-width forms: ，：！（）
    }
}
