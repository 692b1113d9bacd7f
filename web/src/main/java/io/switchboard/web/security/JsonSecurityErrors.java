package io.switchboard.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.web.error.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Answers refused API requests in the API's own error shape. It writes the body itself instead of
 * {@code sendError}, so the answer does not depend on the servlet container's error page.
 */
@Component
public class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final String REALM = "switchboard";
    static final String STALE_FORM = "a write from a browser needs its session's CSRF token, and this one had none"
            + " or a stale one (scripts: send no session cookie and no Origin header)";

    private final ObjectMapper objectMapper;
    private final String unauthorized;
    private final String forbidden;

    @Autowired
    JsonSecurityErrors(ObjectMapper objectMapper) {
        this(objectMapper, "sign in with HTTP Basic as a staff user (user name and password)",
                "this account is not a staff account");
    }

    private JsonSecurityErrors(ObjectMapper objectMapper, String unauthorized, String forbidden) {
        this.objectMapper = objectMapper;
        this.unauthorized = unauthorized;
        this.forbidden = forbidden;
    }

    /** The same answers with other messages, for an API whose users are not (only) staff. */
    public JsonSecurityErrors saying(String unauthorized, String forbidden) {
        return new JsonSecurityErrors(objectMapper, unauthorized, forbidden);
    }

    /** No or wrong credentials. The exception's message is not echoed: it adds nothing for a client. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        write(response, HttpStatus.UNAUTHORIZED, unauthorized);
    }

    /** Signed in, but without the role the request needs; or a browser's write without its CSRF token. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        write(response, HttpStatus.FORBIDDEN, exception instanceof CsrfException ? STALE_FORM : forbidden);
    }

    private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), ApiError.of(status, message));
    }
}
