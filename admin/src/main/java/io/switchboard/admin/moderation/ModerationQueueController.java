package io.switchboard.admin.moderation;

import io.switchboard.admin.api.PageQuery;
import io.switchboard.admin.api.PageResponse;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.gateway.ModerationAction;
import io.switchboard.core.moderation.ModerationDesk;
import io.switchboard.core.moderation.ModerationItem;
import io.switchboard.core.moderation.ModerationItemNotFoundException;
import io.switchboard.core.moderation.QueueItem;
import io.switchboard.web.error.ApiError;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
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
 * {@code /api/moderation/queue}: flagged and held items of every channel, for moderators and admins.
 * {@code POST .../{id}/actions} carries an action out through the channel's gateway and answers 200
 * with the item, its latest step saying {@code done} or {@code failed} (with the platform's reason:
 * a rate limit, missing rights...); 400 for an action the channel does not offer there (with the
 * ones it does), 404 for an unknown item, 409 when the channel's connector is off.
 */
@RestController
@RequestMapping("/api/moderation/queue")
class ModerationQueueController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    /** Telegram takes a restriction of up to 366 days; longer ones count as for good. */
    static final int MAX_DURATION_MINUTES = 366 * 24 * 60;

    private final ModerationDesk desk;

    ModerationQueueController(ModerationDesk desk) {
        this.desk = desk;
    }

    /** @param durationMinutes how long a mute, ban or silence lasts; absent for good */
    record ActionRequest(@NotBlank(message = "must name the action, e.g. mute") String action,
            @Min(value = 1, message = "must be 1 or more") @Max(value = MAX_DURATION_MINUTES,
                    message = "must be at most " + MAX_DURATION_MINUTES + " (366 days)") Integer durationMinutes) {
    }

    @GetMapping
    PageResponse<QueueItem> list(@RequestParam(required = false) ModerationItem.Status status,
            @RequestParam(required = false) Channel channel, @Valid PageQuery paging) {
        return PageResponse.of(desk.queue(status, channel, paging.pageable(NEWEST_FIRST)), item -> item);
    }

    @GetMapping("/{id}")
    QueueItem item(@PathVariable long id) {
        return desk.item(id);
    }

    @PostMapping("/{id}/actions")
    QueueItem act(@PathVariable long id, @Valid @RequestBody ActionRequest request, Principal staff) {
        ModerationAction action = ModerationAction.ofKey(request.action()).orElseThrow(() ->
                UnsupportedModeration.unknown(request.action(), List.of(ModerationAction.values())));
        Duration duration = request.durationMinutes() == null ? null : Duration.ofMinutes(request.durationMinutes());
        return desk.act(id, action, duration, staff.getName());
    }

    @PostMapping("/{id}/dismiss")
    QueueItem dismiss(@PathVariable long id, Principal staff) {
        return desk.dismiss(id, staff.getName());
    }

    @ExceptionHandler
    ResponseEntity<ApiError> notFound(ModerationItemNotFoundException exception) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(HttpStatus.NOT_FOUND, exception.getMessage()));
    }
}
