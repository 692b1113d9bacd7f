package io.switchboard.forum.web;

import io.switchboard.forum.moderation.ModerationPages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The page being shown, as {@code here} in every forum page's model: the header's "Register" link
 * carries it, so a visitor who registers lands back where they were.
 */
@ControllerAdvice(assignableTypes = {ForumPages.class, MemberPages.class, ModerationPages.class})
class CurrentPage {

    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String query = request.getQueryString();
        return ReturnTo.forumPage(request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query));
    }
}
