package io.switchboard.helpcenter.article;

import java.util.List;

/**
 * What a page tells search engines and link previews (Telegram, X) about itself, in its {@code <head>}.
 *
 * @param canonical the page's address in the language it is shown in
 * @param alternates the same page in each language it exists in, and {@code x-default} (the address
 *     without a language, which speaks the reader's)
 * @param type the OpenGraph type: {@code article} or {@code website}
 * @param locale the OpenGraph locale: {@code zh_CN}, {@code en_US}
 */
public record PageMeta(String title, String description, String canonical, List<Alternate> alternates, String type,
        String locale) {

    /** One {@code <link rel="alternate" hreflang>}. */
    public record Alternate(String hreflang, String href) {
    }
}
