package io.switchboard.forum.web;

import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.member.Registration;
import io.switchboard.forum.topic.ForumReads;
import io.switchboard.forum.topic.ForumRefusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

    @GetMapping("/login")
    String login() {
        return "forum/login";
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("form", new RegisterForm("", "", ""));
        return "forum/register";
    }

    @PostMapping("/register")
    ModelAndView register(RegisterForm form, Model model, HttpServletRequest request) {
        try {
            registration.register(form.username(), form.displayName(), form.password(), request.getRemoteAddr());
            return new ModelAndView("redirect:/forum/login?registered");
        } catch (ForumRefusal refusal) {
            model.addAttribute("form", new RegisterForm(form.username(), form.displayName(), ""));
            return ForumErrors.refused(model, refusal, "forum/register");
        }
    }

    @GetMapping("/u/{username}")
    String profile(@PathVariable String username, Model model) {
        model.addAttribute("profile", reads.profile(username));
        return "forum/profile";
    }

    record RegisterForm(String username, String displayName, String password) {
    }
}
