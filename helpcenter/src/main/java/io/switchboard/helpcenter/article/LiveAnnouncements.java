package io.switchboard.helpcenter.article;

import io.switchboard.core.announcement.AnnouncementChanged;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.channel.Channel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The announcements the help center shows: those for the web (or for every channel), published and not
 * expired. They are read once and kept until one changes; whether each is live is decided at every
 * reading, since a scheduled one goes live and an old one expires without any change.
 */
@Component
class LiveAnnouncements {

    private final Snapshot<List<AnnouncementContent>> forTheWeb;
    private final Clock clock;

    LiveAnnouncements(Announcements announcements, Clock clock) {
        this.forTheWeb = new Snapshot<>(() -> announcements.all().stream()
                .filter(announcement -> announcement.appliesTo(Channel.WEB)).toList());
        this.clock = clock;
    }

    /** The newest live ones first. */
    List<AnnouncementContent> latest(int limit) {
        Instant now = clock.instant();
        return all().stream().filter(announcement -> announcement.activeAt(now)).limit(limit).toList();
    }

    /** A live announcement, or one that expired: its address stays good. Never one that is scheduled or retracted. */
    Optional<AnnouncementContent> find(long id) {
        Instant now = clock.instant();
        return all().stream()
                .filter(announcement -> announcement.id() == id && !announcement.publishedAt().isAfter(now))
                .findFirst();
    }

    boolean expired(AnnouncementContent announcement) {
        return !announcement.activeAt(clock.instant());
    }

    private List<AnnouncementContent> all() {
        return forTheWeb.get();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(AnnouncementChanged change) {
        forTheWeb.drop();
    }
}
