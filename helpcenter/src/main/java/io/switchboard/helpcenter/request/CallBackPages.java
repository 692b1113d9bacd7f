package io.switchboard.helpcenter.request;

import io.switchboard.core.callback.CallBackReason;
import io.switchboard.core.callback.CallTime;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
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
 * with their e-mail address as on the request form, leaves a number to call, a language, a time and why. It is
 * filed as a help request ({@link RequestFiling#fileCallBack}); a refused form comes back with what was typed and
 * every reason, by its field. The confirmation says which official number will call, once, like a visitor's link.
 */
@Controller
class CallBackPages {

    static final String PATH = "/contact/callback";
    private static final String FORM = "help/callback";
    private static final String FILED = "filed";

    private final RequestFiling filing;
    private final RequestAccess access;

    CallBackPages(RequestFiling filing, RequestAccess access) {
        this.filing = filing;
        this.access = access;
    }

    @GetMapping(PATH)
    String form(Model model) {
        String site = RequestAccess.language();
        model.addAttribute("draft", new CallBackDraft("", CallBackForm.LANGUAGES.contains(site) ? site : "en",
                CallTime.AS_SOON_AS_POSSIBLE.name(), null, "", ""));
        return showForm(model);
    }

    @PostMapping(PATH)
    ModelAndView file(@RequestParam(required = false) String phone, @RequestParam(required = false) String language,
            @RequestParam(required = false) String time, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String description, @RequestParam(required = false) String email,
            Principal principal, HttpServletRequest http, Model model, RedirectAttributes redirect) {
        CallBackDraft draft = new CallBackDraft(phone, language, time, reason, description, email);
        Requester requester = principal == null ? Requester.visitor(email, RequestAccess.language())
                : access.member(principal);
        try {
            RequestFiling.Filed filed = filing.fileCallBack(draft, requester, http.getRemoteAddr());
            redirect.addFlashAttribute(FILED, filed);
            return new ModelAndView("redirect:" + PATH + "/" + filed.request().id() + "/filed");
        } catch (RequestRefused refused) {
            model.addAttribute("draft", draft);
            model.addAttribute("problems", refused.problems());
            return new ModelAndView(showForm(model), model.asMap(), RequestErrors.status(refused));
        }
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

    private static String showForm(Model model) {
        model.addAttribute("languages", CallBackForm.LANGUAGES);
        model.addAttribute("times", CallTime.values());
        model.addAttribute("reasons", CallBackReason.values());
        return FORM;
    }
}
