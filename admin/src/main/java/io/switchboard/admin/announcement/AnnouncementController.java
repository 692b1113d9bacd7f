package io.switchboard.admin.announcement;

import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementDeliveries;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.web.error.InvalidFieldException;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/announcements}: staff publish what the answer engine then uses, newest first, and
 * what the router fans out to the channels at its publication time; edits and retractions reach
 * the published copies; each copy's delivery can be read and, when it failed, retried.
 */
@RestController
@RequestMapping("/api/announcements")
class AnnouncementController {

    private final Announcements announcements;
    private final AnnouncementDeliveries deliveries;
    private final Clock clock;

    AnnouncementController(Announcements announcements, AnnouncementDeliveries deliveries, Clock clock) {
        this.announcements = announcements;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<AnnouncementContent> publish(@Valid @RequestBody AnnouncementContent announcement, Principal staff) {
        if (announcement.id() != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "id is assigned by the server; leave it out");
        }
        AnnouncementContent published = announcements.publish(scheduled(announcement), staff.getName());
        return ResponseEntity.created(URI.create("/api/announcements/" + published.id())).body(published);
    }

    /** Newest first; {@code active=true} leaves out the expired and the not yet published. */
    @GetMapping
    List<AnnouncementContent> list(@RequestParam(defaultValue = "false") boolean active) {
        List<AnnouncementContent> all = announcements.all();
        return active ? all.stream().filter(a -> a.activeAt(clock.instant())).toList() : all;
    }

    /** Replaces the content; published copies are edited where the platform allows (not on X). */
    @PutMapping("/{id}")
    AnnouncementContent update(@PathVariable long id, @Valid @RequestBody AnnouncementContent announcement,
            Principal staff) {
        if (announcement.id() != null && announcement.id() != id) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "id in the body is not the id in the path");
        }
        return announcements.update(id, scheduled(announcement), staff.getName());
    }

    /**
     * Without {@code publishedAt} it is published now, as the console's form does when its time is
     * left empty; its expiry must then lie after now.
     */
    private AnnouncementContent scheduled(AnnouncementContent announcement) {
        if (announcement.publishedAt() != null) {
            return announcement;
        }
        AnnouncementContent now = announcement.publishedNowIfUnset(clock.instant());
        if (now.expiresAt() != null && !now.expiresAt().isAfter(now.publishedAt())) {
            throw new InvalidFieldException("expiresAt", "must be after publishedAt (now, as it was left out)");
        }
        return now;
    }

    /** Retracts it: no longer an answer, and its published copies are deleted (hidden on the forum). */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> withdraw(@PathVariable long id, Principal staff) {
        announcements.withdraw(id, staff.getName());
        return ResponseEntity.noContent().build();
    }

    /** Its copies: one per channel and target, with their state. */
    @GetMapping("/{id}/deliveries")
    List<DeliveryView> deliveries(@PathVariable long id) {
        return announcements.copies(id).stream().map(DeliveryView::of).toList();
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/retry")
    DeliveryView retry(@PathVariable long id, @PathVariable long deliveryId) {
        announcements.copies(id);
        return DeliveryView.of(deliveries.retry(id, deliveryId));
    }

    /** Retries every failed copy; answers with the copies retried. */
    @PostMapping("/{id}/deliveries/retry-failed")
    List<DeliveryView> retryFailed(@PathVariable long id) {
        announcements.copies(id);
        return deliveries.retryFailed(id).stream().map(DeliveryView::of).toList();
    }
}
