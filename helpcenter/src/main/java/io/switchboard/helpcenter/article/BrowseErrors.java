package io.switchboard.helpcenter.article;

import io.switchboard.helpcenter.web.HelpErrorPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;

/**
 * A page that is not there (a draft, an unknown article, category or announcement) is the help center's
 * error page, rendered at once rather than through the servlet container's error dispatch.
 */
@ControllerAdvice(assignableTypes = BrowsePages.class)
class BrowseErrors {

    @ExceptionHandler
    ModelAndView statusSignalled(ResponseStatusException exception) {
        return HelpErrorPage.view(HttpStatus.valueOf(exception.getStatusCode().value()));
    }
}
