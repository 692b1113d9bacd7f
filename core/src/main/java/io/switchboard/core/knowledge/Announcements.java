package io.switchboard.core.knowledge;

import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes and withdraws announcements, telling the answer engine through {@link AnnouncementChanged};
 * both are lines of the staff audit log.
 */
@Service
@Transactional
public class Announcements {

    private final AnnouncementRepository repository;
    private final ApplicationEventPublisher events;
    private final StaffAudit audit;
    private final Clock clock;

    public Announcements(AnnouncementRepository repository, ApplicationEventPublisher events, StaffAudit audit,
            Clock clock) {
        this.repository = repository;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the stored announcement, with its id */
    public AnnouncementContent publish(AnnouncementContent content, String by) {
        Announcement saved = repository.save(new Announcement(content, by, clock.instant()));
        AnnouncementContent stored = saved.toContent();
        events.publishEvent(new AnnouncementChanged(saved.getId(), stored));
        audit.record(by, "announcement.publish", AuditTarget.of("announcement", saved.getId()), null, summary(stored));
        return stored;
    }

    /** @throws AnnouncementNotFoundException when there is no announcement {@code id} */
    public void withdraw(long id, String by) {
        Announcement announcement = repository.findById(id)
                .orElseThrow(() -> new AnnouncementNotFoundException(id));
        AnnouncementContent last = announcement.toContent();
        repository.delete(announcement);
        events.publishEvent(new AnnouncementChanged(id, null));
        audit.record(by, "announcement.withdraw", AuditTarget.of("announcement", id), summary(last), null);
    }

    /** What the audit log shows of one: when and where it applies, and its titles. */
    private static Object summary(AnnouncementContent content) {
        Map<String, String> titles = new TreeMap<>();
        content.texts().forEach((language, text) -> titles.put(language, text.title()));
        return StaffAudit.state("category", content.category(), "titles", titles, "channels", content.channels(),
                "publishedAt", content.publishedAt(), "expiresAt", content.expiresAt());
    }

    /** All of them, expired too, newest publication first. */
    @Transactional(readOnly = true)
    public List<AnnouncementContent> all() {
        return repository.findAllByOrderByPublishedAtDescIdDesc().stream().map(Announcement::toContent).toList();
    }
}
