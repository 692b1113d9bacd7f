package io.switchboard.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's own pages: its front door, the sign-in form, and the page an account sees where its
 * role does not reach. The feature pages (inbox, tickets, moderation...) live with their features.
 */
@Controller
@RequestMapping("/console")
public class ConsolePages {

    public static final String LOGIN = "/console/login";
    public static final String DENIED = "/console/denied";

    /** The console's own 404 page, for a thread, ticket or message that does not exist. */
    public static ModelAndView notFound() {
        return error(HttpStatus.NOT_FOUND);
    }

    /** The console's error page: what went wrong in the reader's language, by status, and a way back. */
    static ModelAndView error(HttpStatus status) {
        return new ModelAndView("console/error", Map.of("status", status.value()), status);
    }

    /** Agents start their day in the inbox. */
    @GetMapping
    String home() {
        return "redirect:/console/inbox";
    }

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/denied")
    String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "console/denied";
    }
}
