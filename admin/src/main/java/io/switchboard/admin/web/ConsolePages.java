package io.switchboard.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
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

    /**
     * Where the console's security sends a refused request, by a forward that keeps its method (a
     * refused POST arrives here as a POST): a role that does not reach the page, or a form whose CSRF
     * token was missing or stale, which says so and how to go on.
     */
    @RequestMapping("/denied")
    ModelAndView denied(HttpServletRequest request) {
        boolean staleForm = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
        return new ModelAndView("console/denied", Map.of("staleForm", staleForm), HttpStatus.FORBIDDEN);
    }
}
