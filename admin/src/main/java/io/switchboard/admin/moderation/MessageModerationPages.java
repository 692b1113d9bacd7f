package io.switchboard.admin.moderation;

import io.switchboard.admin.web.ConsoleMessages;
import io.switchboard.admin.web.ConsolePages;
import io.switchboard.core.gateway.DeliveryException;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.moderation.ModerationRefusedException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation buttons of the console's thread page: the same service as the JSON endpoint, and
 * back to the thread with what the platform did, or why nothing changed.
 */
@Controller
class MessageModerationPages {

    private final MessageModeration moderation;
    private final ConsoleMessages messages;

    MessageModerationPages(MessageModeration moderation, ConsoleMessages messages) {
        this.moderation = moderation;
        this.messages = messages;
    }

    @PostMapping("/console/threads/{threadId}/messages/{messageId}/moderation")
    ModelAndView moderate(@PathVariable long threadId, @PathVariable long messageId,
            @RequestParam(defaultValue = "") String action, Principal staff, RedirectAttributes redirect) {
        Optional<ModerationAction> chosen = ModerationAction.ofKey(action);
        try {
            if (chosen.isEmpty()) {
                throw UnsupportedModeration.unknown(action, List.of(ModerationAction.values()));
            }
            moderation.moderate(threadId, messageId, chosen.get(), staff.getName());
            redirect.addFlashAttribute(ConsoleMessages.NOTICE,
                    messages.text("console.messageModeration.done." + chosen.get().key()));
        } catch (ResponseStatusException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return ConsolePages.notFound();
            }
            redirect.addFlashAttribute(ConsoleMessages.ERROR, messages.text(e.getStatusCode() == HttpStatus.CONFLICT
                    ? "console.messageModeration.connectorOff" : "console.messageModeration.notAMemberMessage"));
        } catch (ModerationRefusedException e) {
            redirect.addFlashAttribute(ConsoleMessages.ERROR,
                    messages.text("console.moderation.pointless." + e.pointless().name()));
        } catch (UnsupportedModeration e) {
            redirect.addFlashAttribute(ConsoleMessages.ERROR, messages.text("console.messageModeration.notOffered"));
        } catch (DeliveryException e) {
            redirect.addFlashAttribute(ConsoleMessages.ERROR, messages.text("console.messageModeration.failed", e.getMessage()));
        }
        return new ModelAndView("redirect:/console/threads/" + threadId);
    }
}
