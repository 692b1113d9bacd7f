package io.switchboard.admin.moderation;

import io.switchboard.core.moderation.ModerationRefusedException;
import io.switchboard.web.error.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * For both moderation endpoints: an action that does not exist or is not offered is a 400 with the
 * ones that are; one that makes no sense for the message as it stands (or a connector that is off)
 * a 409 with why and the actions still available.
 */
@RestControllerAdvice(assignableTypes = {ModerationController.class, ModerationQueueController.class})
class ModerationErrors {

    @ExceptionHandler
    ResponseEntity<ApiError> unsupported(UnsupportedModeration exception) {
        return ResponseEntity.badRequest()
                .body(ApiError.of(HttpStatus.BAD_REQUEST, exception.getMessage(), exception.allowed()));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> refused(ModerationRefusedException exception) {
        HttpStatus status = exception.reason() == ModerationRefusedException.Reason.UNSUPPORTED
                ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(ApiError.of(status, exception.getMessage(), exception.allowed()));
    }
}
