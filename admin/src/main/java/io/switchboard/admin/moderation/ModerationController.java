package io.switchboard.admin.moderation;

import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.web.error.ApiError;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/threads/{threadId}/messages/{messageId}/moderation} with {@code {"action": "hide"}}
 * ({@code hide}, {@code unhide}, {@code delete}): moderates a member's message on its platform.
 * 200 with the message's new state once the platform did it; 400 for an action the platform does
 * not offer there (with the ones it does); 409 when the action makes no sense for the message as it
 * stands (hiding a hidden one, anything on a deleted one, showing again one the scam guard hid: undo
 * its decision instead), with why and the actions still available, or when the channel's connector
 * is off; 429 or 502
 * when the platform is busy or failing (try again), 422 when it refused for good.
 */
@RestController
class ModerationController {

    /** What this endpoint does to one message; actions on members go through the moderation queue. */
    private static final List<ModerationAction> MESSAGE_ACTIONS =
            List.of(ModerationAction.HIDE, ModerationAction.UNHIDE, ModerationAction.DELETE);

    private final MessageModeration moderation;

    ModerationController(MessageModeration moderation) {
        this.moderation = moderation;
    }

    record ModerationRequest(@NotBlank(message = "must be one of hide, unhide, delete") String action) {
    }

    @PostMapping("/api/threads/{threadId}/messages/{messageId}/moderation")
    ModerationOutcome moderate(@PathVariable long threadId, @PathVariable long messageId,
            @Valid @RequestBody ModerationRequest request, Principal staff) {
        ModerationAction action = ModerationAction.ofKey(request.action())
                .filter(MESSAGE_ACTIONS::contains)
                .orElseThrow(() -> UnsupportedModeration.unknown(request.action(), MESSAGE_ACTIONS));
        return moderation.moderate(threadId, messageId, action, staff.getName());
    }

    /** The platform did not do it: nothing changed, and the answer says whether to try again. */
    @ExceptionHandler
    ResponseEntity<ApiError> platformFailed(DeliveryException exception) {
        HttpStatus status = switch (exception.kind()) {
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case TRANSIENT -> HttpStatus.BAD_GATEWAY;
            case PERMANENT -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (exception.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, exception.retryAfter().toSeconds())));
        }
        return response.body(ApiError.of(status, "the platform did not do it: " + exception.getMessage()));
    }
}
