package io.switchboard.admin.moderation;

import io.switchboard.admin.api.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An action that does not exist or is not offered, for both moderation endpoints: 400 with the ones that are. */
@RestControllerAdvice(assignableTypes = {ModerationController.class, ModerationQueueController.class})
class ModerationErrors {

    @ExceptionHandler
    ResponseEntity<ApiError> unsupported(UnsupportedModeration exception) {
        return ResponseEntity.badRequest()
                .body(ApiError.of(HttpStatus.BAD_REQUEST, exception.getMessage(), exception.allowed()));
    }
}
