package io.switchboard.helpcenter.request;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /help/login}: sign-in with the site's accounts (the forum's), in the help center's page. The form
 * posts to the help center's chain, whose form login checks the password through web's sign-in and its
 * lockout; a member lands on their requests.
 */
@Controller
class HelpLoginPage {

    @GetMapping("/help/login")
    String login() {
        return "help/login";
    }
}
