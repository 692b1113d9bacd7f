package io.switchboard.forum.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.forum.ConditionalOnForum;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The framework's own errors under {@code /api/forum} (an unknown address, a wrong method or media
 * type, {@code /topics/abc}, a missing parameter) answered like the API's refusals,
 * {@code {"error", "message"}} in the request's language, instead of the default error body.
 * Tried before the controllers' advice; the forum's refusals are left to {@link ForumApiErrors}.
 */
@Component
@ConditionalOnForum
class ForumApiErrorResolver implements HandlerExceptionResolver, Ordered {

    private final MessageSource messages;
    private final ObjectMapper json;

    ForumApiErrorResolver(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/forum/")) {
            return null;
        }
        HttpStatus status;
        if (exception instanceof ErrorResponse error) {
            status = HttpStatus.resolve(error.getStatusCode().value());
        } else if (exception instanceof TypeMismatchException) {
            status = HttpStatus.BAD_REQUEST;
        } else {
            return null;
        }
        status = status == null ? HttpStatus.BAD_REQUEST : status;
        Locale locale = RequestContextUtils.getLocale(request);
        String key = ForumErrorPage.messageKey(status);
        try {
            if (exception instanceof ErrorResponse error) {
                error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            }
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), ForumApiErrors.body(status, messages.getMessage(key, null, key,
                    locale)));
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }
}
