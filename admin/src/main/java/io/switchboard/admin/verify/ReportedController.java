package io.switchboard.admin.verify;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.api.PageResponse;
import io.switchboard.verify.report.SuspectNotFoundException;
import io.switchboard.verify.report.SuspectReports;
import io.switchboard.verify.report.SuspectStatus;
import io.switchboard.web.error.ApiError;
import io.switchboard.web.error.InvalidFieldException;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/staff/reported}: the reported fakes, most reported first, each with its latest reports,
 * for moderators and admins (the security chain checks the role); {@code ?status=open} filters.
 */
@RestController
@RequestMapping("/api/staff/reported")
class ReportedController {

    /** {@code {"status": "TAKEDOWN_REQUESTED"}}. */
    record StatusChange(SuspectStatus status) {
    }

    private final SuspectReports reports;

    ReportedController(SuspectReports reports) {
        this.reports = reports;
    }

    @GetMapping
    PageResponse<ReportedSuspect> suspects(@RequestParam(required = false) SuspectStatus status,
            @Valid PageQuery paging) {
        Pageable pageable = paging.pageable(Sort.unsorted());
        return PageResponse.of(reports.suspects(status, pageable.getPageNumber(), pageable.getPageSize()),
                suspect -> ReportedSuspect.of(suspect, reports));
    }

    @PostMapping("/{id}/status")
    ReportedSuspect setStatus(@PathVariable long id, @RequestBody StatusChange change, Principal principal) {
        if (change.status() == null) {
            throw new InvalidFieldException("status", "is needed: one of " + Arrays.toString(SuspectStatus.values()));
        }
        return ReportedSuspect.of(reports.setStatus(id, change.status(), principal.getName()), reports);
    }

    @ExceptionHandler
    ResponseEntity<ApiError> notFound(SuspectNotFoundException exception) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(HttpStatus.NOT_FOUND, exception.getMessage()));
    }
}
