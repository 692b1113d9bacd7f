package io.switchboard.helpcenter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error on a help-center page that no controller answered itself (an unknown address, a draft or
 * unknown article, a form without its CSRF token, a failure) is the help center's error page in the
 * reader's language, with the error's status: the reader keeps the search box and the way home.
 */
@Component
public class HelpErrorPage implements ErrorViewResolver {

    HelpErrorPage() {
    }

    /** The page for a status, for a controller that answers the error itself. */
    public static ModelAndView view(HttpStatus status) {
        return new ModelAndView("help/error", Map.of("errorKey", messageKey(status)), status);
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = model.get("path");
        if (!(path instanceof String page) || !(page.equals("/help") || page.startsWith("/help/"))) {
            return null;
        }
        String key = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                ? "help.error.staleForm" : messageKey(status);
        return new ModelAndView("help/error", Map.of("errorKey", key), status);
    }

    private static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND, BAD_REQUEST, FORBIDDEN, METHOD_NOT_ALLOWED, TOO_MANY_REQUESTS -> "help.error." + status.value();
            default -> status.is4xxClientError() ? "help.error.400" : "help.error.500";
        };
    }
}
