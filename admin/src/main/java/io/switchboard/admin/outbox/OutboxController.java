package io.switchboard.admin.outbox;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.api.PageResponse;
import io.switchboard.core.outbox.OutboxEntry;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxStatus;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/outbox}: replies waiting for delivery, sent, failed or cancelled; newest first. */
@RestController
@RequestMapping("/api/outbox")
class OutboxController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final OutboxRepository outbox;

    OutboxController(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    PageResponse<OutboxView> list(@RequestParam(required = false) OutboxStatus status, @Valid PageQuery paging) {
        Pageable pageable = paging.pageable(NEWEST_FIRST);
        Page<OutboxEntry> page = status == null ? outbox.findAll(pageable) : outbox.findByStatus(status, pageable);
        return PageResponse.of(page, OutboxView::from);
    }
}
