package io.switchboard.admin.verify;

import io.switchboard.verify.registry.InvalidOfficialEntryException;
import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialEntryDraft;
import io.switchboard.verify.registry.OfficialEntryNotFoundException;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.OfficialRegistry;
import io.switchboard.web.error.ApiError;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/staff/official}: the registry of official channels for staff scripts. Every staff role
 * reads it; moderators and admins change it (the security chain checks the role). A refused entry
 * is a 400 naming the field, an unknown id a 404.
 */
@RestController
@RequestMapping("/api/staff/official")
class OfficialChannelController {

    private final OfficialRegistry registry;

    OfficialChannelController(OfficialRegistry registry) {
        this.registry = registry;
    }

    /** Every entry, by kind, then value. */
    @GetMapping
    List<OfficialEntry> entries() {
        return registry.entries();
    }

    @PostMapping
    ResponseEntity<OfficialEntry> add(@RequestBody OfficialEntryDraft draft, Principal principal) {
        OfficialEntry added = registry.add(withKind(draft), principal.getName());
        return ResponseEntity.created(URI.create("/api/staff/official/" + added.id())).body(added);
    }

    @PutMapping("/{id}")
    OfficialEntry update(@PathVariable long id, @RequestBody OfficialEntryDraft draft, Principal principal) {
        return registry.update(id, withKind(draft), principal.getName());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable long id, Principal principal) {
        registry.remove(id, principal.getName());
        return ResponseEntity.noContent().build();
    }

    /** The kind decides how the value is read: a draft without one is refused here, like any other field. */
    private static OfficialEntryDraft withKind(OfficialEntryDraft draft) {
        if (draft.kind() == null) {
            throw new InvalidOfficialEntryException("kind",
                    "kind is needed: one of " + Arrays.toString(OfficialKind.values()));
        }
        return draft;
    }

    @ExceptionHandler
    ResponseEntity<ApiError> invalid(InvalidOfficialEntryException exception) {
        String field = exception.field() == null ? "entry" : exception.field();
        ApiError error = ApiError.of(HttpStatus.BAD_REQUEST, exception.getMessage());
        return ResponseEntity.badRequest()
                .body(new ApiError(error.error(), error.message(), List.of(), Map.of(field, exception.getMessage())));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> notFound(OfficialEntryNotFoundException exception) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(HttpStatus.NOT_FOUND, exception.getMessage()));
    }
}
