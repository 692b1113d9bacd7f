package io.switchboard.admin.moderation;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.admin.web.Pager;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.moderation.ModerationDesk;
import io.switchboard.core.moderation.ModerationItem;
import io.switchboard.core.moderation.ModerationItemNotFoundException;
import io.switchboard.core.moderation.ModerationRefusedException;
import io.switchboard.core.moderation.QueueItem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's moderation queue: flagged and held items of every channel, open ones first by
 * default, each with the actions its channel offers. An action goes through the channel's gateway
 * ({@link ModerationDesk}, the same path as the JSON API) and the page shows how it came out.
 * Only the actions that still make sense for the message as it stands are offered; why a platform
 * did not take one is worded in the reader's language ({@link QueueWording}).
 */
@Controller
@RequestMapping("/console/moderation")
class ModerationQueuePages {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final ModerationDesk desk;
    private final MessageSource messages;

    ModerationQueuePages(ModerationDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    /** @param status absent: open items; {@code all}: every item */
    @GetMapping
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) Channel channel,
            @Valid PageQuery paging, HttpServletRequest request, Model model) {
        ModerationItem.Status wanted = "all".equals(status) ? null
                : status == null || status.isBlank() ? ModerationItem.Status.OPEN : statusNamed(status);
        var items = desk.queue(wanted, channel, paging.pageable(NEWEST_FIRST));
        List<QueueItem> shown = new ArrayList<>(items.getContent());
        if (model.getAttribute("acted") instanceof QueueItem acted) {
            shown.add(acted);
        }
        QueueWording wording = wording();
        model.addAttribute("items", items);
        model.addAttribute("failures", wording.failures(shown));
        model.addAttribute("reasons", wording.reasons(shown));
        model.addAttribute("pager", Pager.of(items, request));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", ModerationItem.Status.values());
        model.addAttribute("channel", channel);
        model.addAttribute("status", wanted == null ? "all" : wanted.name());
        model.addAttribute("maxDurationMinutes", ModerationQueueController.MAX_DURATION_MINUTES);
        return "console/moderation";
    }

    /** @param durationMinutes for mute, ban and silence; empty for good */
    @PostMapping("/{id}/actions")
    String act(@PathVariable long id, @RequestParam String action,
            @RequestParam(required = false) Integer durationMinutes, Principal staff, RedirectAttributes redirect) {
        var chosen = ModerationAction.ofKey(action);
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("refusedText", wording().refusal("no moderation action '" + action + "'"));
            return "redirect:/console/moderation";
        }
        if (durationMinutes != null && (durationMinutes < 1 || durationMinutes > ModerationQueueController.MAX_DURATION_MINUTES)) {
            redirect.addFlashAttribute("refusedKey", "console.moderation.badDuration");
            return "redirect:/console/moderation";
        }
        QueueItem item = desk.act(id, chosen.get(), durationMinutes == null ? null : Duration.ofMinutes(durationMinutes),
                staff.getName());
        redirect.addFlashAttribute("acted", item);
        return "redirect:/console/moderation?status=all#item-" + id;
    }

    @PostMapping("/{id}/dismiss")
    String dismiss(@PathVariable long id, Principal staff, RedirectAttributes redirect) {
        desk.dismiss(id, staff.getName());
        redirect.addFlashAttribute("dismissed", id);
        return "redirect:/console/moderation";
    }

    /**
     * The action is not one the channel offers there, or its connector is off: said at the top of
     * the queue in the reader's language.
     */
    @ExceptionHandler
    String refused(ModerationRefusedException exception, RedirectAttributes redirect) {
        if (exception.pointless() != null) {
            redirect.addFlashAttribute("refusedKey", "console.moderation.pointless." + exception.pointless().name());
            return "redirect:/console/moderation";
        }
        redirect.addFlashAttribute("refusedText", wording().refusal(exception.getMessage()));
        return "redirect:/console/moderation";
    }

    @ExceptionHandler
    ModelAndView notFound(ModerationItemNotFoundException exception) {
        return ConsolePages.notFound();
    }

    private QueueWording wording() {
        return new QueueWording(messages, LocaleContextHolder.getLocale());
    }

    private static ModerationItem.Status statusNamed(String status) {
        for (ModerationItem.Status candidate : ModerationItem.Status.values()) {
            if (candidate.name().equalsIgnoreCase(status)) {
                return candidate;
            }
        }
        return ModerationItem.Status.OPEN;
    }
}
