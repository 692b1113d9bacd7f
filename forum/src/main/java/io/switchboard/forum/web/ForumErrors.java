package io.switchboard.forum.web;

import io.switchboard.forum.moderation.ModerationPages;
import io.switchboard.forum.topic.ForumRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Refusals on the pages: the error page, or the form again with the reason, with the matching status. */
@ControllerAdvice(assignableTypes = {ForumPages.class, MemberPages.class, ModerationPages.class})
class ForumErrors {

    static HttpStatus status(ForumRefusal refusal) {
        return switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    /** Shows {@code view} (a form, or the error page) with the refusal's message and status. */
    static ModelAndView refused(Model model, ForumRefusal refusal, String view) {
        model.addAttribute("errorKey", refusal.messageKey());
        model.addAttribute("errorArgs", refusal.arguments());
        return new ModelAndView(view, model.asMap(), status(refusal));
    }

    @ExceptionHandler(ForumRefusal.class)
    ModelAndView refusal(ForumRefusal refusal, Model model) {
        return refused(model, refusal, "forum/error");
    }
}
