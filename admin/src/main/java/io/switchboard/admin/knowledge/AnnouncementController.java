package io.switchboard.admin.knowledge;

import io.switchboard.core.knowledge.AnnouncementContent;
import io.switchboard.core.knowledge.Announcements;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/announcements}: staff publish what the answer engine then uses, newest first. */
@RestController
@RequestMapping("/api/announcements")
class AnnouncementController {

    private final Announcements announcements;
    private final Clock clock;

    AnnouncementController(Announcements announcements, Clock clock) {
        this.announcements = announcements;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<AnnouncementContent> publish(@Valid @RequestBody AnnouncementContent announcement, Principal staff) {
        if (announcement.id() != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "id is assigned by the server; leave it out");
        }
        AnnouncementContent published = announcements.publish(announcement, staff.getName());
        return ResponseEntity.created(URI.create("/api/announcements/" + published.id())).body(published);
    }

    /** Newest first; {@code active=true} leaves out the expired and the not yet published. */
    @GetMapping
    List<AnnouncementContent> list(@RequestParam(defaultValue = "false") boolean active) {
        List<AnnouncementContent> all = announcements.all();
        return active ? all.stream().filter(a -> a.activeAt(clock.instant())).toList() : all;
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> withdraw(@PathVariable long id, Principal staff) {
        announcements.withdraw(id, staff.getName());
        return ResponseEntity.noContent().build();
    }
}
