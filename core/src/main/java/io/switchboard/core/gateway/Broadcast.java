package io.switchboard.core.gateway;

import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementText;
import java.util.List;
import java.util.Objects;

/**
 * An announcement as a gateway posts it. Each gateway formats it for its platform (Telegram HTML,
 * plain text fitted to a tweet, a page post, a forum topic in Markdown).
 *
 * @param texts the announcement in each of its languages, English first
 * @param link where the full text can be read (the forum copy, or the configured announcements
 *     page), for platforms that have room for a part only; may be null
 */
public record Broadcast(long announcementId, AnnouncementCategory category, List<AnnouncementText> texts,
        String link) {

    public Broadcast {
        Objects.requireNonNull(category, "category");
        texts = List.copyOf(texts);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a broadcast needs a text");
        }
    }

    /** The text shown first (English when there is one). */
    public AnnouncementText first() {
        return texts.get(0);
    }
}
