package io.switchboard.admin.outbox;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.web.ConsoleMessages;
import io.switchboard.admin.web.Pager;
import io.switchboard.core.outbox.ChannelBreakerState;
import io.switchboard.core.outbox.DeliveryBreakers;
import io.switchboard.core.outbox.OutboxRepository;
import io.switchboard.core.outbox.OutboxRetry;
import io.switchboard.core.outbox.OutboxStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
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
 * The console's delivery page, for all staff: replies that wait for a retry, failed or expired
 * (newest first, with the last error and a "retry now"), and each channel's circuit breaker.
 */
@Controller
@RequestMapping("/console/outbox")
class OutboxPages {

    /** What the page lists: waiting replies, or those given up. */
    enum Shown {
        WAITING, FAILED, EXPIRED
    }

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final OutboxRepository outbox;
    private final ObjectProvider<DeliveryBreakers> breakers;
    private final ObjectProvider<OutboxRetry> retry;
    private final ConsoleMessages messages;
    private final MessageSource messageSource;

    OutboxPages(OutboxRepository outbox, ObjectProvider<DeliveryBreakers> breakers, ObjectProvider<OutboxRetry> retry,
            ConsoleMessages messages, MessageSource messageSource) {
        this.outbox = outbox;
        this.breakers = breakers;
        this.retry = retry;
        this.messages = messages;
        this.messageSource = messageSource;
    }

    @GetMapping
    String outbox(@RequestParam(defaultValue = "WAITING") Shown shown, @Valid PageQuery paging,
            HttpServletRequest request, Locale locale, Model model) {
        Pageable pageable = paging.pageable(NEWEST_FIRST);
        Page<OutboxView> entries = (switch (shown) {
            case WAITING -> outbox.findPendingAfterFailureOrRateLimit(pageable);
            case FAILED -> outbox.findByStatus(OutboxStatus.FAILED, pageable);
            case EXPIRED -> outbox.findByStatus(OutboxStatus.EXPIRED, pageable);
        }).map(OutboxView::from);
        model.addAttribute("entries", entries);
        model.addAttribute("pager", Pager.of(entries, request));
        model.addAttribute("shown", shown);
        model.addAttribute("choices", Shown.values());
        model.addAttribute("counts", List.of(outbox.countPendingAfterFailureOrRateLimit(),
                outbox.countByStatus(OutboxStatus.FAILED), outbox.countByStatus(OutboxStatus.EXPIRED)));
        DeliveryBreakers states = breakers.getIfAvailable();
        model.addAttribute("breakers", states == null ? List.<ChannelBreakerState>of() : states.states());
        model.addAttribute("wording", new UndeliveredWording(messageSource, locale));
        return "console/outbox";
    }

    @PostMapping("/{id}/retry")
    String retryNow(@PathVariable long id, Principal staff, RedirectAttributes redirect) {
        OutboxRetry service = retry.getIfAvailable();
        try {
            if (service != null && service.retryNow(id, staff.getName())) {
                redirect.addFlashAttribute(ConsoleMessages.NOTICE, messages.text("console.outbox.retried", id));
            } else {
                redirect.addFlashAttribute(ConsoleMessages.ERROR, messages.text("console.outbox.notRetried", id));
            }
        } catch (OutboxRetry.OutboxEntryNotFoundException e) {
            redirect.addFlashAttribute(ConsoleMessages.ERROR, messages.text("console.outbox.notFound", id));
        }
        return "redirect:/console/outbox";
    }
}
