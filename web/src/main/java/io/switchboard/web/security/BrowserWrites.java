package io.switchboard.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The writes a browser makes: what CSRF protection is for. A browser sends the site's session
 * cookie, and also HTTP Basic credentials it cached after a sign-in prompt, with a form another
 * site submits; it also always marks its requests with {@code Origin} or {@code Sec-Fetch-Site}.
 * Scripts (curl, an integration) send neither header and no session: they are not asked for a
 * CSRF token.
 */
public final class BrowserWrites implements RequestMatcher {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        return request.getRequestedSessionId() != null || request.getSession(false) != null
                || request.getHeader(HttpHeaders.ORIGIN) != null || request.getHeader("Sec-Fetch-Site") != null;
    }
}
