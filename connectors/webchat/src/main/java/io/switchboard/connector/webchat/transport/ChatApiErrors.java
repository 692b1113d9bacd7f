package io.switchboard.connector.webchat.transport;

import io.switchboard.connector.webchat.handoff.MailUnavailableException;
import io.switchboard.connector.webchat.visitor.IdentityRefused;
import io.switchboard.core.attachment.AttachmentRefusedException;
import io.switchboard.web.error.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The chat API's refusals in the site's {@link ApiError} shape, its {@code error} the protocol's code
 * ({@code too-long}, {@code rate-limited} with {@code Retry-After}, {@code identity}...), as the socket says them.
 */
@RestControllerAdvice(assignableTypes = {ChatApiController.class, ChatFilesController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChatApiErrors {

    @ExceptionHandler
    ResponseEntity<ApiError> refused(ChatRefusal refusal) {
        boolean limited = ChatRefusal.RATE_LIMITED.equals(refusal.code());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(limited ? HttpStatus.TOO_MANY_REQUESTS
                : HttpStatus.BAD_REQUEST);
        if (limited) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        }
        return answer.body(new ApiError(refusal.code(), refusal.getMessage(), null, null));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> identity(IdentityRefused refusal) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("identity", refusal.getMessage(), null,
                null));
    }

    /** A transcript or answers by e-mail asked for while the e-mail channel is off: nothing can carry them. */
    @ExceptionHandler
    ResponseEntity<ApiError> noMail(MailUnavailableException refusal) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiError("no-mail",
                refusal.getMessage(), null, null));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> file(AttachmentRefusedException refusal) {
        return ResponseEntity.badRequest().body(new ApiError("file", refusal.getMessage(), null, null));
    }
}
