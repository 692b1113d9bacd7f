package io.switchboard.admin.guard;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.api.PageResponse;
import io.switchboard.core.guard.GuardDecisionNotFoundException;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.guard.GuardOutcome;
import io.switchboard.core.guard.GuardRules;
import io.switchboard.core.guard.GuardSettings;
import io.switchboard.core.guard.GuardUndo;
import io.switchboard.core.guard.GuardUndoException;
import io.switchboard.core.guard.InvalidGuardRulesException;
import io.switchboard.web.error.ApiError;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
 * {@code /api/guard}: the scam and impersonation guard's rules (brand names, protected staff
 * names, allowed domains and official accounts, managers' own patterns) and its decisions, each
 * with the rule that fired, which moderators can undo.
 */
@RestController
@RequestMapping("/api/guard")
class GuardController {

    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final GuardSettings settings;
    private final GuardDecisionRepository decisions;
    /** Lives in the router, with the platform actions: absent when the admin module runs alone. */
    private final ObjectProvider<GuardUndo> undo;

    GuardController(GuardSettings settings, GuardDecisionRepository decisions, ObjectProvider<GuardUndo> undo) {
        this.settings = settings;
        this.decisions = decisions;
        this.undo = undo;
    }

    @GetMapping("/rules")
    GuardRules rules() {
        return settings.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no guard rules are stored yet: they are seeded from switchboard.guard.* when the router starts"));
    }

    /** Replaces the rules as a whole; they apply to the next message. */
    @PutMapping("/rules")
    GuardRules replaceRules(@RequestBody GuardRules rules, Principal principal) {
        return settings.replace(rules, principal.getName());
    }

    /** Newest first; {@code ?outcome=pending} lists what waits for a moderator. */
    @GetMapping("/decisions")
    PageResponse<GuardDecisionView> decisions(@RequestParam(required = false) GuardOutcome outcome,
            @Valid PageQuery paging) {
        Pageable pageable = paging.pageable(NEWEST_FIRST);
        return PageResponse.of(outcome == null ? decisions.findAll(pageable) : decisions.findByOutcome(outcome, pageable),
                GuardDecisionView::from);
    }

    @GetMapping("/decisions/{id}")
    GuardDecisionView decision(@PathVariable long id) {
        return GuardDecisionView.from(decisions.findById(id).orElseThrow(() -> new GuardDecisionNotFoundException(id)));
    }

    /** Unmutes or unbans the member, shows the message again where the platform can, marks it undone. */
    @PostMapping("/decisions/{id}/undo")
    GuardDecisionView undo(@PathVariable long id, Principal principal) {
        GuardUndo service = undo.getIfAvailable();
        if (service == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "undoing needs the support pipeline");
        }
        return GuardDecisionView.from(service.undo(id, principal.getName()));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> notFound(GuardDecisionNotFoundException exception) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(HttpStatus.NOT_FOUND, exception.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> invalidRules(InvalidGuardRulesException exception) {
        return ResponseEntity.badRequest().body(ApiError.of(HttpStatus.BAD_REQUEST, exception.getMessage()));
    }

    /** 409 when it was undone already, 502 when the platform did not lift the action. */
    @ExceptionHandler
    ResponseEntity<ApiError> notUndone(GuardUndoException exception) {
        HttpStatus status = exception.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_GATEWAY;
        return ResponseEntity.status(status).body(ApiError.of(status, exception.getMessage()));
    }
}
