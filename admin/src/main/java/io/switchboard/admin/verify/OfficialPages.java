package io.switchboard.admin.verify;

import io.switchboard.admin.web.ConsoleMessages;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.verify.registry.InvalidOfficialEntryException;
import io.switchboard.verify.registry.OfficialEntry;
import io.switchboard.verify.registry.OfficialEntryNotFoundException;
import io.switchboard.verify.registry.OfficialKind;
import io.switchboard.verify.registry.OfficialRegistry;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/official}: the registry of official channels, grouped by kind, for every staff
 * member (agents read out the phone lines to callers); moderators and admins, who keep the guard's
 * rules, add, change and remove entries (the security chain keeps the forms to them). The registry
 * audits each change.
 */
@Controller
@RequestMapping("/console/official")
class OfficialPages {

    private final OfficialRegistry registry;
    private final ConsoleMessages messages;

    OfficialPages(OfficialRegistry registry, ConsoleMessages messages) {
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return list(model, new OfficialChannelForm());
    }

    @PostMapping
    String add(@ModelAttribute("form") OfficialChannelForm form, BindingResult errors, Principal staff, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                OfficialEntry added = registry.add(form.toDraft(), staff.getName());
                redirect.addFlashAttribute(ConsoleMessages.NOTICE, messages.text("console.official.added", added.display()));
                return "redirect:/console/official#entry-" + added.id();
            } catch (InvalidOfficialEntryException e) {
                OfficialChannelRefusals.reject(e, errors);
            }
        }
        return list(model, form);
    }

    @GetMapping("/{id}")
    Object edit(@PathVariable long id, Model model) {
        return entry(id).<Object>map(entry -> editor(model, entry, OfficialChannelForm.of(entry)))
                .orElseGet(ConsolePages::notFound);
    }

    @PostMapping("/{id}")
    Object update(@PathVariable long id, @ModelAttribute("form") OfficialChannelForm form, BindingResult errors,
            Principal staff, Model model, RedirectAttributes redirect) {
        Optional<OfficialEntry> entry = entry(id);
        if (entry.isEmpty()) {
            return ConsolePages.notFound();
        }
        if (!errors.hasErrors()) {
            try {
                OfficialEntry updated = registry.update(id, form.toDraft(), staff.getName());
                redirect.addFlashAttribute(ConsoleMessages.NOTICE,
                        messages.text("console.official.updated", updated.display()));
                return "redirect:/console/official#entry-" + id;
            } catch (InvalidOfficialEntryException e) {
                OfficialChannelRefusals.reject(e, errors);
            } catch (OfficialEntryNotFoundException removedMeanwhile) {
                return ConsolePages.notFound();
            }
        }
        return editor(model, entry.get(), form);
    }

    @PostMapping("/{id}/remove")
    Object remove(@PathVariable long id, Principal staff, RedirectAttributes redirect) {
        Optional<OfficialEntry> entry = entry(id);
        try {
            registry.remove(id, staff.getName());
        } catch (OfficialEntryNotFoundException e) {
            return ConsolePages.notFound();
        }
        redirect.addFlashAttribute(ConsoleMessages.NOTICE,
                messages.text("console.official.removed", entry.map(OfficialEntry::display).orElse(String.valueOf(id))));
        return new ModelAndView("redirect:/console/official");
    }

    private String list(Model model, OfficialChannelForm form) {
        Map<OfficialKind, List<OfficialEntry>> byKind = registry.entries().stream()
                .collect(Collectors.groupingBy(OfficialEntry::kind, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("groups", Arrays.stream(OfficialKind.values())
                .collect(Collectors.toMap(Function.identity(), kind -> byKind.getOrDefault(kind, List.of()),
                        (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("kinds", OfficialKind.values());
        model.addAttribute("form", form);
        return "console/official";
    }

    private String editor(Model model, OfficialEntry entry, OfficialChannelForm form) {
        model.addAttribute("entry", entry);
        model.addAttribute("kinds", OfficialKind.values());
        model.addAttribute("form", form);
        return "console/official-edit";
    }

    private Optional<OfficialEntry> entry(long id) {
        return registry.entries().stream().filter(entry -> entry.id() == id).findFirst();
    }
}
