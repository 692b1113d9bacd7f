package io.switchboard.forum.web;

import io.switchboard.forum.moderation.ModerationApi;
import io.switchboard.forum.topic.ForumRefusal;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals in the JSON API: the page's message, in the request's language, with the matching status. */
@RestControllerAdvice(assignableTypes = {ForumApi.class, ModerationApi.class})
class ForumApiErrors {

    private final MessageSource messages;

    ForumApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The API's error body: {@code {"error": "not_found", "message": ...}}. */
    static Map<String, String> body(HttpStatus status, String message) {
        return Map.of("error", status.name().toLowerCase(Locale.ROOT), "message", message);
    }

    @ExceptionHandler(ForumRefusal.class)
    ResponseEntity<Map<String, String>> refusal(ForumRefusal refusal, Locale locale) {
        var status = ForumErrors.status(refusal);
        return ResponseEntity.status(status).body(body(status,
                messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(), locale)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(body(HttpStatus.BAD_REQUEST,
                "the body is not the JSON this endpoint takes"));
    }
}
