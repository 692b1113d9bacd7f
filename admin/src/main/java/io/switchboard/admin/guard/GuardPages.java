package io.switchboard.admin.guard;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.web.ConsoleMessages;
import io.switchboard.admin.web.Pager;
import io.switchboard.core.guard.GuardDecisionNotFoundException;
import io.switchboard.core.guard.GuardDecisionRepository;
import io.switchboard.core.guard.GuardOutcome;
import io.switchboard.core.guard.GuardRules;
import io.switchboard.core.guard.GuardSettings;
import io.switchboard.core.guard.GuardUndo;
import io.switchboard.core.guard.GuardUndoException;
import io.switchboard.core.guard.InvalidGuardRulesException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's scam guard page, for moderators and admins: what the guard decided (newest first,
 * with the rule that fired, and an undo for a false positive) and the lists it works from (brand
 * and staff names, allowed domains and handles, managers' own patterns), one entry a line.
 */
@Controller
@RequestMapping("/console/guard")
class GuardPages {

    private final GuardSettings settings;
    private final GuardDecisionRepository decisions;
    private final ObjectProvider<GuardUndo> undo;
    private final ConsoleMessages messages;
    private final GuardWording wording;

    GuardPages(GuardSettings settings, GuardDecisionRepository decisions, ObjectProvider<GuardUndo> undo,
            ConsoleMessages messages, GuardWording wording) {
        this.settings = settings;
        this.decisions = decisions;
        this.undo = undo;
        this.messages = messages;
        this.wording = wording;
    }

    /** The lists as the form shows them: one entry a line (patterns as {@link PatternLines} writes them). */
    record RulesForm(String brandNames, String staffNames, String allowedDomains, String allowedHandles,
            String extraPatterns) {

        static RulesForm of(GuardRules rules) {
            return new RulesForm(lines(rules.brandNames()), lines(rules.staffNames()), lines(rules.allowedDomains()),
                    lines(rules.allowedHandles()), PatternLines.format(rules.extraPatterns()));
        }

        /** @throws InvalidGuardRulesException when a pattern's line cannot be read */
        GuardRules toRules() {
            return new GuardRules(entries(brandNames), entries(staffNames), entries(allowedDomains),
                    entries(allowedHandles), PatternLines.parse(extraPatterns));
        }

        private static String lines(List<String> values) {
            return String.join("\n", values);
        }

        private static List<String> entries(String text) {
            return text == null ? List.of()
                    : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    @GetMapping
    String guard(@RequestParam(required = false) GuardOutcome outcome, @Valid PageQuery paging, HttpServletRequest request,
            Locale locale, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RulesForm.of(current()));
        }
        Pageable pageable = paging.pageable(GuardController.NEWEST_FIRST);
        Page<GuardDecisionView> shown = (outcome == null ? decisions.findAll(pageable)
                : decisions.findByOutcome(outcome, pageable)).map(GuardDecisionView::from);
        model.addAttribute("decisions", shown);
        model.addAttribute("worded", shown.stream()
                .collect(Collectors.toMap(GuardDecisionView::id, decision -> wording.worded(decision, locale))));
        model.addAttribute("pager", Pager.of(shown, request));
        model.addAttribute("outcomes", GuardOutcome.values());
        model.addAttribute("outcome", outcome);
        return "console/guard";
    }

    @PostMapping("/rules")
    String saveRules(RulesForm form, Principal staff, Locale locale, RedirectAttributes redirect) {
        try {
            settings.replace(form.toRules(), staff.getName());
            redirect.addFlashAttribute(ConsoleMessages.NOTICE, messages.text("console.guard.saved"));
        } catch (InvalidGuardRulesException e) {
            redirect.addFlashAttribute(ConsoleMessages.ERROR, wording.refusal(e, locale));
            redirect.addFlashAttribute("form", form);
        }
        return "redirect:/console/guard";
    }

    @PostMapping("/decisions/{id}/undo")
    String undo(@PathVariable long id, Principal staff, Locale locale, RedirectAttributes redirect) {
        GuardUndo service = undo.getIfAvailable();
        try {
            if (service == null) {
                throw GuardUndoException.noPipeline();
            }
            service.undo(id, staff.getName());
            redirect.addFlashAttribute(ConsoleMessages.NOTICE, messages.text("console.guard.undone", id));
        } catch (GuardUndoException e) {
            redirect.addFlashAttribute(ConsoleMessages.ERROR, wording.notUndone(e, locale));
        } catch (GuardDecisionNotFoundException e) {
            redirect.addFlashAttribute(ConsoleMessages.ERROR, wording.notUndone(e, locale));
        }
        return "redirect:/console/guard#decision-" + id;
    }

    private GuardRules current() {
        return settings.current().orElse(new GuardRules(List.of(), List.of(), List.of(), List.of(), List.of()));
    }
}
