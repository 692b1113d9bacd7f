package io.switchboard.forum.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where a member lands once signed in on the forum's form: the page that asked them to sign in
 * when there was one, else the forum page they clicked "Sign in" on (the form's {@code next}), else
 * the boards; never another site ({@link ForumSecurityConfiguration}).
 */
@Component
class SignedInTarget extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String NEXT = "next";

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
        return ReturnTo.forumPage(request.getParameter(NEXT));
    }
}
