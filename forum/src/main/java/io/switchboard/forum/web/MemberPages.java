package io.switchboard.forum.web;

import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.member.Registration;
import io.switchboard.forum.topic.ForumReads;
import io.switchboard.forum.topic.ForumRefusal;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Signing up, the sign-in page (Spring Security handles the form's POST) and members' profiles. */
@Controller
@RequestMapping("/forum")
@ConditionalOnForum
class MemberPages {

    private final Registration registration;
    private final ForumReads reads;

    MemberPages(Registration registration, ForumReads reads) {
        this.registration = registration;
        this.reads = reads;
    }

    /** @param next the forum page the visitor came from, where they land once signed in ({@link SignedInTarget}) */
    @GetMapping("/login")
    String login(@RequestParam(name = SignedInTarget.NEXT, required = false) String next, Model model) {
        model.addAttribute(SignedInTarget.NEXT, ReturnTo.forumPage(next));
        return "forum/login";
    }

    /** @param next the forum page the visitor came from, where they land once registered */
    @GetMapping("/register")
    String registerForm(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("form", new RegisterForm("", "", "", ReturnTo.forumPage(next)));
        return "forum/register";
    }

    /**
     * A new member is signed in at once and taken back to the page they came from. A refused form
     * shows again with what they typed, except the password.
     */
    @PostMapping("/register")
    ModelAndView register(RegisterForm form, Model model, HttpServletRequest request) {
        String next = ReturnTo.forumPage(form.next());
        try {
            registration.register(form.username(), form.displayName(), form.password(), request.getRemoteAddr());
        } catch (ForumRefusal refusal) {
            model.addAttribute("form", new RegisterForm(form.username(), form.displayName(), "", next));
            return ForumErrors.refused(model, refusal, "forum/register");
        }
        try {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.login(form.username(), form.password());
        } catch (ServletException e) {
            // Signed in already as someone else: the account exists, they sign in to it themselves.
            return new ModelAndView("redirect:/forum/login?registered");
        }
        return new ModelAndView("redirect:" + next);
    }

    @GetMapping("/u/{username}")
    String profile(@PathVariable String username, Model model) {
        model.addAttribute("profile", reads.profile(username));
        return "forum/profile";
    }

    /** The form as typed; {@code next} is where the new member goes once signed in. */
    record RegisterForm(String username, String displayName, String password, String next) {

        /** Never shows the password. */
        @Override
        public String toString() {
            return "RegisterForm[" + username + "]";
        }
    }
}
