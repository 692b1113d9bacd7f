package io.switchboard.helpcenter.request;

import io.switchboard.helpcenter.HelpCenterProperties;
import io.switchboard.web.upload.Uploads;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The request form ({@code /help/requests/new}), its submission ({@code POST /help/requests}) and the
 * confirmation. A refused form comes back with what was typed (files must be chosen again) and every
 * reason; a visitor's tracking link is on the confirmation once, carried there by a flash attribute.
 */
@Controller
class RequestFormPages {

    static final String FORM = "help/request-new";
    private static final String FILED = "filed";

    private final RequestFiling filing;
    private final RequestAccess access;
    private final HelpCenterProperties address;
    private final RequestTopics topics;
    private final RequestProperties.Requests limits;

    RequestFormPages(RequestFiling filing, RequestAccess access, HelpCenterProperties address, RequestTopics topics,
            RequestProperties properties) {
        this.filing = filing;
        this.access = access;
        this.address = address;
        this.topics = topics;
        this.limits = properties.requests();
    }

    /**
     * @param category the category to start with (a slug, or a section's value {@code trading/futures})
     * @param section a section of {@code category} to start with (its slug)
     * @param article the article the reader came from, recorded with the request; the form starts in its section
     */
    /**
     * @param subject what the reader searched for when the search found nothing, to start the subject with
     *     (cut to the subject's length: the form's checks still apply when it is sent)
     */
    @GetMapping("/help/requests/new")
    String form(@RequestParam(required = false) String category, @RequestParam(required = false) String section,
            @RequestParam(required = false) String article, @RequestParam(required = false) String subject,
            Model model) {
        String started = subject == null ? "" : subject.strip().codePoints()
                .limit(limits.subjectMaxLength()).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString();
        model.addAttribute("draft", new RequestDraft(topics.opening(category, section, article), started, "",
                Map.of(), "", List.of(), article));
        return showForm(model);
    }

    @PostMapping("/help/requests")
    ModelAndView file(@RequestParam(required = false) String category, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String description, @RequestParam Map<String, String> params,
            @RequestParam(required = false) String email,
            @RequestParam(name = "suggested", required = false) List<String> suggested,
            @RequestParam(required = false) String article,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Principal principal,
            HttpServletRequest http, Model model, RedirectAttributes redirect) {
        Map<String, String> fields = new LinkedHashMap<>();
        Arrays.stream(RequestField.values()).forEach(field -> fields.put(field.param(), params.get(field.param())));
        RequestDraft draft = new RequestDraft(category, subject, description, fields, email, suggested, article);
        Requester requester = principal == null ? Requester.visitor(email, RequestAccess.language())
                : access.member(principal);
        try {
            RequestFiling.Filed filed = filing.file(draft, Uploads.of(files), requester, http.getRemoteAddr());
            redirect.addFlashAttribute(FILED, filed);
            return new ModelAndView("redirect:/help/requests/" + filed.request().id() + "/filed");
        } catch (RequestRefused refused) {
            model.addAttribute("draft", draft);
            model.addAttribute("problems", refused.problems());
            return new ModelAndView(showForm(model), model.asMap(), RequestErrors.status(refused));
        }
    }

    /**
     * The confirmation. Its visitor's link is shown only on the redirect right after filing: a reload, or
     * anyone else opening the address, sees the request's number and nothing more.
     */
    @GetMapping("/help/requests/{id}/filed")
    String filed(@PathVariable long id, Model model) {
        model.addAttribute("id", id);
        Object filed = model.getAttribute(FILED);
        if (filed instanceof RequestFiling.Filed shown && shown.request().id() == id && shown.trackingPath() != null) {
            model.addAttribute("trackingPath", shown.trackingPath());
            // the whole address, to be copied: the public one when configured, else the one the visitor used
            model.addAttribute("trackingUrl", address.absolute(shown.trackingPath()).orElseGet(() ->
                    ServletUriComponentsBuilder.fromCurrentContextPath().path(shown.trackingPath()).toUriString()));
        }
        return "help/request-filed";
    }

    private String showForm(Model model) {
        model.addAttribute("categories", topics.choices(RequestAccess.language()));
        model.addAttribute("fieldParams", Arrays.stream(RequestField.values()).map(RequestField::param).toList());
        return FORM;
    }
}
