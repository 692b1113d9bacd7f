package io.switchboard.helpcenter.request;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the request pages answer when there is nothing to show: a request that is not the reader's is
 * "not found" (404), like one that does not exist; a tracking link not made here is not found either, one
 * that expired is gone (410). Each on the help center's page, saying what to do next.
 */
@ControllerAdvice(assignableTypes = {RequestFormPages.class, RequestPages.class})
class RequestErrors {

    static final String MISSING = "help/request-missing";

    static HttpStatus status(RequestRefused refused) {
        if (refused.problems().stream().anyMatch(problem -> CallBackConfirmations.SIGN_IN.equals(problem.messageKey()))) {
            return HttpStatus.FORBIDDEN;
        }
        return refused.problems().stream()
                .anyMatch(problem -> VisitorLimits.RATE_LIMITED.equals(problem.messageKey()))
                ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST;
    }

    @ExceptionHandler(RequestNotFound.class)
    ModelAndView notFound() {
        return missing("help.request.missing.notFound", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(TrackingLinkRefused.class)
    ModelAndView trackingLink(TrackingLinkRefused refused) {
        return refused.kind() == TrackingLinkRefused.Kind.EXPIRED
                ? missing("help.request.missing.expired", HttpStatus.GONE)
                : missing("help.request.missing.invalidLink", HttpStatus.NOT_FOUND);
    }

    private static ModelAndView missing(String messageKey, HttpStatus status) {
        ModelAndView page = new ModelAndView(MISSING, status);
        page.addObject("reasonKey", messageKey);
        return page;
    }
}
