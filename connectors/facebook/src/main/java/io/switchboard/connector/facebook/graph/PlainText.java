package io.switchboard.connector.facebook.graph;

import io.switchboard.core.gateway.TextFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Facebook comments and Messenger show text as it is, so a reply written in Telegram's HTML subset
 * ({@code b, i, a, code, pre}, with real line breaks) loses its tags: the text keeps its line
 * breaks and entities are decoded, and a link keeps its address after its text. Markdown is left
 * alone; Messenger renders its emphasis and comments show it literally.
 */
final class PlainText {

    private PlainText() {
    }

    static String of(String text, TextFormat format) {
        if (format != TextFormat.HTML) {
            return text;
        }
        Document html = Jsoup.parseBodyFragment(text);
        for (Element link : html.select("a[href]")) {
            String href = link.attr("href");
            String label = link.text();
            link.replaceWith(new TextNode(label.isBlank() || label.equals(href) ? href : label + " (" + href + ")"));
        }
        return html.body().wholeText();
    }
}
