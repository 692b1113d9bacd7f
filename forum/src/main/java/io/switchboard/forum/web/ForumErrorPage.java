package io.switchboard.forum.web;

import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.topic.ForumRefusal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error on a forum page that no controller answered (an unknown address, {@code /forum/t/abc},
 * a form sent with the wrong method or without its CSRF token, a failure while rendering) shows
 * the forum's own error page, in the reader's language, with the error's status: never the
 * framework's default page. Other parts of the site keep their own.
 */
@Component
@ConditionalOnForum
class ForumErrorPage implements ErrorViewResolver {

    static final String STALE_FORM = "error.staleForm";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = model.get("path");
        if (!(path instanceof String page) || !(page.equals("/") || page.equals("/forum") || page.startsWith("/forum/"))) {
            return null;
        }
        String key = staleForm(request) ? STALE_FORM : messageKey(status);
        return new ModelAndView("forum/error", Map.of("errorKey", key, "errorArgs", new Object[0]), status);
    }

    /**
     * Whether the security chain refused a form for its missing or stale CSRF token (it leaves the
     * refusal in the request): the reader is told that their session expired or the page was old,
     * not that they may not do what they tried.
     */
    private static boolean staleForm(HttpServletRequest request) {
        return request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
    }

    /** The message saying what went wrong, for an HTTP status: {@code error.http.405}, or the 500 one. */
    static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> ForumRefusal.notFound().messageKey();
            case BAD_REQUEST, FORBIDDEN, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, TOO_MANY_REQUESTS ->
                    "error.http." + status.value();
            default -> status.is4xxClientError() ? "error.http.400" : "error.http.500";
        };
    }
}
