package io.switchboard.core.knowledge;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes and withdraws announcements, telling the answer engine through {@link AnnouncementChanged}. */
@Service
@Transactional
public class Announcements {

    private final AnnouncementRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Announcements(AnnouncementRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** @return the stored announcement, with its id */
    public AnnouncementContent publish(AnnouncementContent content, String by) {
        Announcement saved = repository.save(new Announcement(content, by, clock.instant()));
        AnnouncementContent stored = saved.toContent();
        events.publishEvent(new AnnouncementChanged(saved.getId(), stored));
        return stored;
    }

    /** @throws AnnouncementNotFoundException when there is no announcement {@code id} */
    public void withdraw(long id) {
        Announcement announcement = repository.findById(id)
                .orElseThrow(() -> new AnnouncementNotFoundException(id));
        repository.delete(announcement);
        events.publishEvent(new AnnouncementChanged(id, null));
    }

    /** All of them, expired too, newest publication first. */
    @Transactional(readOnly = true)
    public List<AnnouncementContent> all() {
        return repository.findAllByOrderByPublishedAtDescIdDesc().stream().map(Announcement::toContent).toList();
    }
}
