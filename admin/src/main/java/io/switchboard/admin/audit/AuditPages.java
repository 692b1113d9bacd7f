package io.switchboard.admin.audit;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.api.PageResponse;
import io.switchboard.admin.web.Pager;
import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.web.error.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /console/admin/audit}: the staff audit log for admins (the security chain keeps others
 * out), newest first, filtered by actor, action (or its family), target and a range of days.
 */
@Controller
@RequestMapping("/console/admin/audit")
class AuditPages {

    /** The target types the log knows, offered in the filter. */
    static final List<String> TARGET_TYPES = List.of("ticket", "agent", "member", "article",
            "announcement", "thread", "message", "moderation-item", "account", "forum-post", "forum-topic", "forum-flag",
            "official-channel", "suspect");

    private final StaffAudit audit;
    private final AuditWording wording;

    AuditPages(StaffAudit audit, AuditWording wording) {
        this.audit = audit;
        this.wording = wording;
    }

    @GetMapping
    String search(@ModelAttribute("filter") AuditFilter filter, @Valid PageQuery paging,
            HttpServletRequest request, Model model) {
        model.addAttribute("targetTypes", TARGET_TYPES);
        AuditQuery query;
        try {
            query = filter.query();
        } catch (InvalidFieldException e) {
            model.addAttribute("problem", "console.audit.error." + e.field());
            query = null;
        }
        Pageable page = paging.pageable(Sort.unsorted());
        if (query != null) {
            Locale locale = LocaleContextHolder.getLocale();
            PageResponse<AuditWording.Row> lines = PageResponse.of(
                    audit.search(query, page.getPageNumber(), page.getPageSize()),
                    entry -> wording.row(AuditController.AuditLine.of(entry), locale));
            model.addAttribute("lines", lines);
            model.addAttribute("pager", Pager.of(lines, request));
        }
        return "console/audit";
    }
}
