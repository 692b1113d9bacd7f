package io.switchboard.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a refused page request, a form sent without a valid CSRF token included, with a 403 and a
 * page that says which of the two happened: "your session expired or the form was stale" is not
 * "your role does not reach this page". The refusal is left in the request under
 * {@link WebAttributes#ACCESS_DENIED_403} for the page to read (a {@code CsrfException} for a stale
 * form). A surface either shows a page of its own (a forward, whatever the method: a POST forwarded
 * stays a POST, so that page takes every method: the console) or leaves it to the container's error
 * page, which it words itself (the forum).
 */
public final class RefusedPages implements AccessDeniedHandler {

    private final String page;

    private RefusedPages(String page) {
        this.page = page;
    }

    /** Forwards to {@code page}, a page that reads the refusal and answers every method. */
    public static RefusedPages forwardingTo(String page) {
        return new RefusedPages(page);
    }

    /** Leaves the page to the error page of the part of the site that was asked. */
    public static RefusedPages onErrorPage() {
        return new RefusedPages(null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException, ServletException {
        if (response.isCommitted()) {
            return;
        }
        request.setAttribute(WebAttributes.ACCESS_DENIED_403, refusal);
        if (page == null) {
            response.sendError(HttpStatus.FORBIDDEN.value());
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        request.getRequestDispatcher(page).forward(request, response);
    }
}
