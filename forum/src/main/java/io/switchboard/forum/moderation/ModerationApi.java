package io.switchboard.forum.moderation;

import io.switchboard.forum.ConditionalOnForum;
import io.switchboard.forum.moderation.Moderation.AuditView;
import io.switchboard.forum.moderation.Moderation.FlagView;
import io.switchboard.forum.moderation.Moderation.HeldView;
import io.switchboard.forum.topic.ForumReads;
import io.switchboard.forum.topic.Views.PageOf;
import io.switchboard.forum.topic.Views.TopicSummary;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/forum/moderation}: the moderation queue (open flags, held posts), the audit log and
 * the moderators' actions, for moderators and admins (the security chain checks the role). The
 * action is the last path segment: {@code posts/{id}/hide}, {@code topics/{id}/move},
 * {@code members/{name}/ban}...; the body carries the reason (and the board, the end time).
 */
@RestController
@RequestMapping("/api/forum/moderation")
@ConditionalOnForum
public class ModerationApi {

    private final Moderation moderation;
    private final ForumReads reads;

    ModerationApi(Moderation moderation, ForumReads reads) {
        this.moderation = moderation;
        this.reads = reads;
    }

    @GetMapping("/flags")
    PageOf<FlagView> flags(@RequestParam(defaultValue = "0") int page) {
        return moderation.openFlags(page);
    }

    @GetMapping("/held")
    PageOf<HeldView> held(@RequestParam(defaultValue = "0") int page) {
        return moderation.heldPosts(page);
    }

    @GetMapping("/audit")
    PageOf<AuditView> audit(@RequestParam(defaultValue = "0") int page) {
        return moderation.auditLog(page);
    }

    @PostMapping("/posts/{id}/{action}")
    Map<String, Object> post(@PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) ActionRequest request, Principal principal) {
        var post = moderation.act(principal.getName(), id, ModerationActions.post(action), reason(request));
        return Map.of("postId", post.getId(), "status", post.getStatus().name());
    }

    @PostMapping("/topics/{id}/{action}")
    TopicSummary topic(@PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) ActionRequest request, Principal principal) {
        moderation.act(principal.getName(), id, ModerationActions.topic(action),
                request == null ? null : request.board(), reason(request));
        return reads.summary(id, principal.getName());
    }

    @PostMapping("/members/{username}/{action}")
    Map<String, Object> member(@PathVariable String username, @PathVariable String action,
            @RequestBody ActionRequest request, Principal principal) {
        var member = moderation.act(principal.getName(), username, ModerationActions.member(action), request.until(),
                request.reason());
        return ModerationActions.sanctions(member);
    }

    @PostMapping("/flags/{id}/dismiss")
    Map<String, Object> dismiss(@PathVariable long id, @RequestBody(required = false) ActionRequest request,
            Principal principal) {
        moderation.dismiss(principal.getName(), id, reason(request));
        return Map.of("flagId", id, "status", "RESOLVED");
    }

    private static String reason(ActionRequest request) {
        return request == null ? null : request.reason();
    }

    record ActionRequest(String reason, String board, Instant until) {
    }
}
