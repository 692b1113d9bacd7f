package io.switchboard.admin.audit;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.api.PageResponse;
import io.switchboard.core.audit.AuditQuery;
import io.switchboard.core.audit.StaffAudit;
import io.switchboard.core.audit.StaffAuditEntry;
import jakarta.validation.Valid;
import java.time.Instant;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit}: the staff audit log, newest first, for admins (the security chain checks
 * the role). Filters: {@code actor}, {@code action} (or its family: {@code ticket}), {@code targetType},
 * {@code targetId}, {@code from} and {@code to} (an instant, or a date meaning that whole UTC day).
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final StaffAudit audit;

    AuditController(StaffAudit audit) {
        this.audit = audit;
    }

    @GetMapping
    PageResponse<AuditLine> search(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @Valid PageQuery paging) {
        AuditQuery query = new AuditFilter(actor, action, targetType, targetId, from, to).query();
        Pageable page = paging.pageable(Sort.unsorted());
        return PageResponse.of(audit.search(query, page.getPageNumber(), page.getPageSize()), AuditLine::of);
    }

    /** One line; {@code before} and {@code after} are compact JSON or a short text, as recorded. */
    record AuditLine(long id, Instant at, String actor, String action, String targetType, String targetId,
            String reason, String before, String after) {

        static AuditLine of(StaffAuditEntry entry) {
            return new AuditLine(entry.getId(), entry.getAt(), entry.getActor(), entry.getAction(),
                    entry.getTargetType(), entry.getTargetId(), entry.getReason(), entry.getBefore(), entry.getAfter());
        }
    }
}
