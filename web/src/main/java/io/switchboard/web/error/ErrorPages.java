package io.switchboard.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * The errors no controller answered itself, which reach the servlet container's error page: an
 * address or a method nothing takes (404, 405), a form or id that could not be read (400), a failure
 * (500). Under {@code /api} they are the API's {@link ApiError} JSON whatever the client accepts;
 * elsewhere Spring Boot's error controller does what it does: each surface's pages get the error page
 * its own {@code ErrorViewResolver} picks (the forum's, the console's).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages extends BasicErrorController {

    ErrorPages(ErrorAttributes errorAttributes, ServerProperties server,
            ObjectProvider<ErrorViewResolver> resolvers) {
        super(errorAttributes, server.getError(), resolvers.orderedStream().toList());
    }

    @Override
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        String path = failedPath(request);
        if (path.startsWith("/api/")) {
            HttpStatus status = getStatus(request);
            response.setStatus(status.value());
            return new ModelAndView(new MappingJackson2JsonView(), apiError(request, path, status));
        }
        return super.errorHtml(request, response);
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        String path = failedPath(request);
        if (path.startsWith("/api/")) {
            HttpStatus status = getStatus(request);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(apiError(request, path, status));
        }
        return super.error(request);
    }

    /** Says what was asked for, never why it failed inside (an exception's message is not for clients). */
    private static Map<String, Object> apiError(HttpServletRequest request, String path, HttpStatus status) {
        String message = switch (status) {
            case NOT_FOUND -> "nothing at " + request.getMethod() + " " + path;
            case METHOD_NOT_ALLOWED -> request.getMethod() + " is not allowed on " + path;
            default -> status.getReasonPhrase().toLowerCase(Locale.ROOT);
        };
        ApiError error = ApiError.of(status, message);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.error());
        body.put("message", error.message());
        return body;
    }

    /** The address that failed, without the context path. */
    private static String failedPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        String context = request.getContextPath();
        return path.startsWith(context) ? path.substring(context.length()) : path;
    }
}
