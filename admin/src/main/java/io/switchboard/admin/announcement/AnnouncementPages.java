package io.switchboard.admin.announcement;

import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementDeliveries;
import io.switchboard.core.announcement.AnnouncementTargets;
import io.switchboard.core.announcement.Announcements;
import io.switchboard.core.announcement.DeliveryNotRetryableException;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.chat.ChatRepository;
import java.security.Principal;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The console's announcements, for managers (admins and moderators): the list with each copy's
 * delivery on every channel and its retry buttons, and the form to write, edit and retract one.
 */
@Controller
@RequestMapping("/console/announcements")
class AnnouncementPages {

    private static final String LIST = "redirect:/console/announcements";

    private final Announcements announcements;
    private final AnnouncementDeliveries deliveries;
    private final AnnouncementTargets targets;
    private final ChatRepository chats;
    private final MessageSource messages;
    private final Clock clock;

    AnnouncementPages(Announcements announcements, AnnouncementDeliveries deliveries, AnnouncementTargets targets,
            ChatRepository chats, MessageSource messages, Clock clock) {
        this.announcements = announcements;
        this.deliveries = deliveries;
        this.targets = targets;
        this.chats = chats;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        DeliveryWording wording = new DeliveryWording(messages, locale);
        model.addAttribute("announcements", announcements.records().stream()
                .map(record -> AnnouncementRow.of(record, locale.getLanguage(), wording)).toList());
        return "console/announcements";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, new AnnouncementForm(), null);
    }

    @PostMapping
    String publish(@ModelAttribute("form") AnnouncementForm form, BindingResult errors, Principal staff, Model model) {
        form.validate(errors, clock.instant(), targets.configured(Channel.TELEGRAM));
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        announcements.publish(form.toContent(null, clock.instant()), staff.getName());
        return LIST + "?published";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        return form(model, AnnouncementForm.of(announcements.record(id).content()), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") AnnouncementForm form, BindingResult errors,
            Model model, Principal staff) {
        form.validate(errors, clock.instant(), targets.configured(Channel.TELEGRAM));
        if (errors.hasErrors()) {
            return form(model, form, id);
        }
        announcements.update(id, form.toContent(id, clock.instant()), staff.getName());
        return LIST + "?updated";
    }

    @PostMapping("/{id}/retract")
    String retract(@PathVariable long id, Principal staff) {
        announcements.withdraw(id, staff.getName());
        return LIST + "?retracted";
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/retry")
    String retry(@PathVariable long id, @PathVariable long deliveryId) {
        try {
            deliveries.retry(id, deliveryId);
        } catch (DeliveryNotRetryableException e) {
            // retried from another tab, or it went through meanwhile: the list shows where it stands
            return LIST;
        }
        return LIST + "?retried";
    }

    @PostMapping("/{id}/retry-failed")
    String retryFailed(@PathVariable long id) {
        deliveries.retryFailed(id);
        return LIST + "?retried";
    }

    private String form(Model model, AnnouncementForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("announcementId", id);
        model.addAttribute("categories", AnnouncementCategory.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("telegramChats", targets.configured(Channel.TELEGRAM).stream()
                .map(chat -> TelegramChatChoice.of(chat, chats.findByChannelAndChatId(Channel.TELEGRAM, chat))).toList());
        return "console/announcement-form";
    }
}
