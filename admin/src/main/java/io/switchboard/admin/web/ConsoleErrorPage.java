package io.switchboard.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error on a console page that no controller answered (an unknown address, a form that could
 * not be read, a failure while rendering) shows the console's own error page, in the reader's
 * language, with the error's status. Other parts of the site keep their own.
 */
@Component
class ConsoleErrorPage implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = model.get("path");
        if (!(path instanceof String failed)) {
            return null;
        }
        String context = request.getContextPath();
        String page = failed.startsWith(context) ? failed.substring(context.length()) : failed;
        return page.equals("/console") || page.startsWith("/console/") ? ConsolePages.error(status) : null;
    }
}
