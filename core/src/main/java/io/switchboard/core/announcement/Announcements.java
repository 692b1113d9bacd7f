package io.switchboard.core.announcement;

import io.switchboard.core.audit.AuditTarget;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.change.KnowledgeChangeLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes, edits and retracts announcements, telling the answer engine through
 * {@link AnnouncementChanged}; each is a line of the staff audit log. The router fans an
 * announcement out to its channels once its publication time has come; an edit or a retraction
 * here sets its published copies to be edited or deleted. Every change is also a line of the
 * {@link KnowledgeChangeLog}, by which the other instances of a cluster learn of it.
 */
@Service
@Transactional
public class Announcements {

    private final AnnouncementRepository repository;
    private final AnnouncementDeliveryRepository deliveries;
    private final AnnouncementTargets targets;
    private final ApplicationEventPublisher events;
    private final StaffAudit audit;
    private final KnowledgeChangeLog changes;
    private final Clock clock;

    public Announcements(AnnouncementRepository repository, AnnouncementDeliveryRepository deliveries,
            AnnouncementTargets targets, ApplicationEventPublisher events, StaffAudit audit, KnowledgeChangeLog changes,
            Clock clock) {
        this.repository = repository;
        this.deliveries = deliveries;
        this.targets = targets;
        this.events = events;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * @return the stored announcement, with its id
     * @throws UnknownTargetException when it chose a target its channel is not configured with; nothing is stored
     */
    public AnnouncementContent publish(AnnouncementContent content, String by) {
        targets.requireConfigured(content);
        Announcement saved = repository.save(new Announcement(content, by, clock.instant()));
        AnnouncementContent stored = saved.toContent();
        changed(saved.getId(), stored);
        audit.record(by, "announcement.publish", AuditTarget.of("announcement", saved.getId()), null, summary(stored));
        return stored;
    }

    /**
     * Replaces the announcement's content; its published copies are edited where the platform
     * allows.
     *
     * @throws AnnouncementNotFoundException when there is no announcement {@code id}, or it was retracted
     * @throws UnknownTargetException when it chose a target its channel is not configured with; nothing changes
     */
    public AnnouncementContent update(long id, AnnouncementContent content, String by) {
        Announcement announcement = current(id);
        targets.requireConfigured(content);
        AnnouncementContent before = announcement.toContent();
        announcement.change(content);
        Instant now = clock.instant();
        deliveries.findByAnnouncementIdOrderByIdAsc(id).forEach(delivery -> delivery.textChanged(now));
        AnnouncementContent stored = announcement.toContent();
        changed(id, stored);
        audit.record(by, "announcement.edit", AuditTarget.of("announcement", id), summary(before), summary(stored));
        return stored;
    }

    /**
     * Retracts the announcement: it stops being an answer, and its published copies are deleted
     * (or hidden) where the platform allows; copies not yet published never go out.
     *
     * @throws AnnouncementNotFoundException when there is no announcement {@code id}, or it was retracted
     */
    public void withdraw(long id, String by) {
        Announcement announcement = current(id);
        AnnouncementContent last = announcement.toContent();
        Instant now = clock.instant();
        announcement.retract(now);
        deliveries.findByAnnouncementIdOrderByIdAsc(id).forEach(delivery -> delivery.retract(now));
        changed(id, null);
        audit.record(by, "announcement.withdraw", AuditTarget.of("announcement", id), summary(last), null);
    }

    private void changed(long id, AnnouncementContent now) {
        changes.record(KnowledgeChangeLog.Kind.ANNOUNCEMENT, Long.toString(id));
        events.publishEvent(new AnnouncementChanged(id, now));
    }

    /** What the audit log shows of one: when and where it applies, and its titles. */
    private static Object summary(AnnouncementContent content) {
        Map<String, String> titles = new TreeMap<>();
        content.texts().forEach((language, text) -> titles.put(language, text.title()));
        return StaffAudit.state("category", content.category(), "titles", titles, "channels", content.channels(),
                "publishedAt", content.publishedAt(), "expiresAt", content.expiresAt());
    }

    /** All that were not retracted, expired too, newest publication first. */
    @Transactional(readOnly = true)
    public List<AnnouncementContent> all() {
        return repository.findAllByRetractedAtIsNullOrderByPublishedAtDescIdDesc().stream()
                .map(Announcement::toContent).toList();
    }

    /** Every announcement with its copies, retracted ones too, newest publication first: the console's list. */
    @Transactional(readOnly = true)
    public List<AnnouncementRecord> records() {
        List<Announcement> all = repository.findAllByOrderByPublishedAtDescIdDesc();
        List<AnnouncementDelivery> copies = deliveries.findByAnnouncementIdInOrderByIdAsc(
                all.stream().map(Announcement::getId).toList());
        return all.stream().map(a -> AnnouncementRecord.of(a, copies.stream()
                .filter(d -> d.getAnnouncementId().equals(a.getId())).toList())).toList();
    }

    /** The announcement as it is now; empty when there is none or it was retracted. */
    @Transactional(readOnly = true)
    public Optional<AnnouncementContent> live(long id) {
        return repository.findById(id).filter(a -> !a.isRetracted()).map(Announcement::toContent);
    }

    /** @throws AnnouncementNotFoundException when there is no announcement {@code id}, or it was retracted */
    @Transactional(readOnly = true)
    public AnnouncementRecord record(long id) {
        return AnnouncementRecord.of(current(id), deliveries.findByAnnouncementIdOrderByIdAsc(id));
    }

    /**
     * Its copies, a retracted announcement's too (their retraction may need a retry).
     *
     * @throws AnnouncementNotFoundException when there is no announcement {@code id}
     */
    @Transactional(readOnly = true)
    public List<AnnouncementDelivery> copies(long id) {
        if (!repository.existsById(id)) {
            throw new AnnouncementNotFoundException(id);
        }
        return deliveries.findByAnnouncementIdOrderByIdAsc(id);
    }

    private Announcement current(long id) {
        return repository.findById(id).filter(a -> !a.isRetracted())
                .orElseThrow(() -> new AnnouncementNotFoundException(id));
    }
}
