package io.switchboard.admin.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.admin.api.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers refused API requests in the API's own error shape. It writes the body itself instead of
 * {@code sendError}, so the answer does not depend on the servlet container's error page.
 */
@Component
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "switchboard";

    private final ObjectMapper objectMapper;

    JsonSecurityErrors(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** No or wrong credentials. The exception's message is not echoed: it adds nothing for a client. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        write(response, HttpStatus.UNAUTHORIZED,
                "sign in with HTTP Basic as a staff user (user name and password)");
    }

    /** Signed in, but not as staff. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "this account is not a staff account");
    }

    private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), ApiError.of(status, message));
    }
}
