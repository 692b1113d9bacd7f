package io.switchboard.web.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one place user HTML goes through (DESIGN.md): a jsoup {@link Safelist} configured once.
 * It keeps paragraphs and line breaks, emphasis, inline code and code blocks, block quotes, lists,
 * headings h3 to h6 and links; links keep only http, https and mailto targets and always get
 * {@code rel="nofollow noopener"}. Everything else is removed: scripts, styles, iframes, images,
 * forms, every attribute not listed (so every {@code on*} event handler) and {@code javascript:}
 * or relative links.
 */
public final class PostCleaner {

    public static final String LINK_REL = "nofollow noopener";

    private static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "hr", "em", "strong", "b", "i", "del", "s", "code", "pre", "blockquote",
                    "ul", "ol", "li", "h3", "h4", "h5", "h6", "a", "cite")
            .addAttributes("a", "href", "title")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", LINK_REL);

    private static final Cleaner CLEANER = new Cleaner(SAFELIST);

    private PostCleaner() {
    }

    /** The HTML with only what the safelist allows; the result is safe to put into a page as is. */
    public static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html);
        Document clean = CLEANER.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }

    /** True when the HTML (already cleaned) holds at least one link. */
    public static boolean hasLink(String cleanHtml) {
        return !Jsoup.parseBodyFragment(cleanHtml).select("a[href]").isEmpty();
    }
}
