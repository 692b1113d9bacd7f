package io.switchboard.admin.verify;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.web.ConsoleMessages;
import io.switchboard.admin.web.Pager;
import io.switchboard.verify.report.SuspectNotFoundException;
import io.switchboard.verify.report.SuspectReports;
import io.switchboard.verify.report.SuspectStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/reported}: the fakes members reported (look-alike sites, unknown numbers, fake
 * accounts), most reported first, with the reports' evidence, for moderators and admins (the
 * security chain keeps others out), who record where a takedown stands.
 */
@Controller
@RequestMapping("/console/reported")
class ReportedPages {

    private final SuspectReports reports;
    private final ConsoleMessages messages;

    ReportedPages(SuspectReports reports, ConsoleMessages messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) SuspectStatus status, @Valid PageQuery paging,
            HttpServletRequest request, Model model) {
        Pageable pageable = paging.pageable(Sort.unsorted());
        Page<ReportedSuspect> shown = reports.suspects(status, pageable.getPageNumber(), pageable.getPageSize())
                .map(suspect -> ReportedSuspect.of(suspect, reports));
        model.addAttribute("suspects", shown);
        model.addAttribute("pager", Pager.of(shown, request));
        model.addAttribute("statuses", SuspectStatus.values());
        model.addAttribute("status", status);
        return "console/reported";
    }

    @PostMapping("/{id}/status")
    String setStatus(@PathVariable long id, @RequestParam SuspectStatus status, Principal staff,
            RedirectAttributes redirect) {
        // The id as staff know it: "1234", never "1,234".
        String number = String.valueOf(id);
        try {
            reports.setStatus(id, status, staff.getName());
            redirect.addFlashAttribute(ConsoleMessages.NOTICE, messages.text("console.reported.changed", number,
                    messages.text("console.reported.status." + status.name())));
        } catch (SuspectNotFoundException e) {
            redirect.addFlashAttribute(ConsoleMessages.ERROR, messages.text("console.reported.notFound", number));
        }
        return "redirect:/console/reported#suspect-" + id;
    }
}
