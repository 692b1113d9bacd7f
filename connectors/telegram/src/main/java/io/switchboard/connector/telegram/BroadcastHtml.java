package io.switchboard.connector.telegram;

import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.gateway.Broadcast;
import java.util.stream.Collectors;

/**
 * An announcement in Telegram's HTML: each language's title in bold over its body, English
 * first, and the link at the end. Everything staff wrote is escaped, so a {@code <} in a title is
 * shown as written and can never break the message or add markup.
 */
final class BroadcastHtml {

    private BroadcastHtml() {
    }

    static String of(Broadcast broadcast) {
        String text = broadcast.texts().stream().map(BroadcastHtml::section).collect(Collectors.joining("\n\n"));
        if (broadcast.link() != null) {
            text += "\n\n<a href=\"" + escape(broadcast.link()).replace("\"", "&quot;") + "\">"
                    + escape(broadcast.link()) + "</a>";
        }
        return text;
    }

    private static String section(AnnouncementText text) {
        return "<b>" + escape(text.title()) + "</b>\n" + escape(text.body());
    }

    /** The three characters Telegram's HTML requires escaped outside tags. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
