package io.switchboard.helpcenter.request;

import io.switchboard.core.callback.CallBackReason;
import io.switchboard.core.callback.CallTime;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Request a call back" ({@code /contact/callback}), linked from the contact page: a signed-in member, or a visitor
 * with their e-mail address as on the request form, leaves a number to call, a language, a time and why. A member's
 * is filed as a help request at once ({@link RequestFiling#fileCallBack}); a visitor's when they open the link mailed
 * to their address and press its page's button ({@link RequestFiling#holdCallBack}), so nobody has the support desk
 * call somebody else's number.
 * Without the e-mail channel visitors are asked to sign in. A refused form comes back with what was typed and every
 * reason, by its field. The confirmation says which official number will call, once, like a visitor's link.
 */
@Controller
class CallBackPages {

    static final String PATH = "/contact/callback";
    private static final String FORM = "help/callback";
    private static final String SENT = PATH + "/sent";
    private static final String FILED = "filed";

    private final RequestFiling filing;
    private final RequestAccess access;
    private final RequestMail mail;

    CallBackPages(RequestFiling filing, RequestAccess access, RequestMail mail) {
        this.filing = filing;
        this.access = access;
        this.mail = mail;
    }

    @GetMapping(PATH)
    String form(Principal principal, Model model) {
        String site = RequestAccess.language();
        model.addAttribute("draft", new CallBackDraft("", CallBackForm.LANGUAGES.contains(site) ? site : "en",
                CallTime.AS_SOON_AS_POSSIBLE.name(), null, "", ""));
        return showForm(principal, model);
    }

    @PostMapping(PATH)
    ModelAndView file(@RequestParam(required = false) String phone, @RequestParam(required = false) String language,
            @RequestParam(required = false) String time, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String description, @RequestParam(required = false) String email,
            Principal principal, HttpServletRequest http, Model model, RedirectAttributes redirect) {
        CallBackDraft draft = new CallBackDraft(phone, language, time, reason, description, email);
        try {
            if (principal == null) {
                filing.holdCallBack(draft, Requester.visitor(email, RequestAccess.language()), http.getRemoteAddr());
                return new ModelAndView("redirect:" + SENT);
            }
            return filed(filing.fileCallBack(draft, access.member(principal)), redirect);
        } catch (RequestRefused refused) {
            model.addAttribute("draft", draft);
            model.addAttribute("problems", refused.problems());
            return new ModelAndView(showForm(principal, model), model.asMap(), RequestErrors.status(refused));
        }
    }

    /** After a visitor's form: check your mail, nothing is filed before you open the link. */
    @GetMapping(SENT)
    String sent() {
        return "help/callback-sent";
    }

    /**
     * The link mailed to a visitor opens a page with a button, and files nothing: mail scanners open every link they
     * see, and that must not confirm a call-back for the visitor.
     */
    @GetMapping(CallBackConfirmations.PATH + "{token}")
    String confirmation(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "help/callback-confirm";
    }

    /** The visitor pressed the button: no sign-in needed, the link itself is the proof that they read the address. */
    @PostMapping(CallBackConfirmations.PATH + "{token}")
    ModelAndView confirm(@PathVariable String token, RedirectAttributes redirect) {
        Optional<RequestFiling.Filed> filed;
        try {
            filed = filing.fileConfirmedCallBack(token);
        } catch (RequestRefused refused) {
            // a form kept under rules that changed since (a number no longer dialled): nothing was filed
            filed = Optional.empty();
        }
        return filed.map(shown -> filed(shown, redirect))
                .orElseGet(() -> new ModelAndView("help/callback-unconfirmed", HttpStatus.BAD_REQUEST));
    }

    /** The confirmation; the calling line and a visitor's link only right after filing, as on the request form's. */
    @GetMapping(PATH + "/{id}/filed")
    String filed(@PathVariable long id, Model model) {
        model.addAttribute("id", id);
        if (model.getAttribute(FILED) instanceof RequestFiling.Filed shown && shown.request().id() == id) {
            model.addAttribute("callingLine", shown.callingLine());
            model.addAttribute("trackingPath", shown.trackingPath());
        }
        return "help/callback-filed";
    }

    private static ModelAndView filed(RequestFiling.Filed filed, RedirectAttributes redirect) {
        redirect.addFlashAttribute(FILED, filed);
        return new ModelAndView("redirect:" + PATH + "/" + filed.request().id() + "/filed");
    }

    /** The form; a visitor who cannot be mailed a link is asked to sign in instead. */
    private String showForm(Principal principal, Model model) {
        model.addAttribute("languages", CallBackForm.LANGUAGES);
        model.addAttribute("times", CallTime.values());
        model.addAttribute("reasons", CallBackReason.values());
        model.addAttribute("signInFirst", principal == null && !mail.channel());
        return FORM;
    }
}
