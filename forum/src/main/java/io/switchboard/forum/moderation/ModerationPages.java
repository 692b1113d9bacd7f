package io.switchboard.forum.moderation;

import io.switchboard.forum.ConditionalOnForum;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /forum/moderation}: the queue (open flags, held posts) and the moderators' buttons on
 * posts and topics, for moderators and admins (the security chain checks the role). Each action
 * returns to where it was taken.
 */
@Controller
@RequestMapping("/forum/moderation")
@ConditionalOnForum
public class ModerationPages {

    private final Moderation moderation;
    private final ModerationLogWording wording;

    ModerationPages(Moderation moderation, ModerationLogWording wording) {
        this.moderation = moderation;
        this.wording = wording;
    }

    @GetMapping
    String queue(Model model, Locale locale) {
        model.addAttribute("flags", moderation.openFlags(0));
        model.addAttribute("held", moderation.heldPosts(0));
        model.addAttribute("audit", moderation.auditLog(0).content().stream()
                .map(line -> wording.row(line, locale)).toList());
        return "forum/moderation";
    }

    @PostMapping("/posts/{id}/{action}")
    ModelAndView post(@PathVariable long id, @PathVariable String action,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String back,
            Principal principal) {
        long topic = moderation.act(principal.getName(), id, ModerationActions.post(action), reason).getTopic().getId();
        return new ModelAndView("redirect:" + ("queue".equals(back) ? "/forum/moderation" : "/forum/t/" + topic));
    }

    @PostMapping("/topics/{id}/{action}")
    ModelAndView topic(@PathVariable long id, @PathVariable String action,
            @RequestParam(required = false) String board, @RequestParam(required = false) String reason,
            Principal principal) {
        moderation.act(principal.getName(), id, ModerationActions.topic(action), board, reason);
        return new ModelAndView("redirect:/forum/t/" + id);
    }

    /** {@code until} comes from a {@code datetime-local} field and is read as UTC. */
    @PostMapping("/members/{username}/{action}")
    ModelAndView member(@PathVariable String username, @PathVariable String action,
            @RequestParam(required = false) String until, @RequestParam(required = false) String reason,
            Principal principal) {
        Instant end;
        try {
            end = until == null || until.isBlank() ? null : LocalDateTime.parse(until).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            end = null;
        }
        moderation.act(principal.getName(), username, ModerationActions.member(action), end, reason);
        return new ModelAndView("redirect:/forum/u/" + username + "?sanctioned");
    }

    @PostMapping("/flags/{id}/dismiss")
    ModelAndView dismiss(@PathVariable long id, @RequestParam(required = false) String reason, Principal principal) {
        moderation.dismiss(principal.getName(), id, reason);
        return new ModelAndView("redirect:/forum/moderation");
    }
}
