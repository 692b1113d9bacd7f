package io.switchboard.admin.livechat;

import io.switchboard.core.livechat.LiveChatClosedException;
import io.switchboard.core.livechat.LiveChatTakenException;
import io.switchboard.core.ticket.TicketCategory;
import io.switchboard.web.error.ApiError;
import io.switchboard.web.error.InvalidFieldException;
import io.switchboard.web.upload.Uploads;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The live chats, in JSON: {@code /api/live-chats} for staff scripts (HTTP Basic) and the same under
 * {@code /console/live/chats} for the console's live page (the signed-in session, a CSRF token on writes).
 * <ul>
 *   <li>{@code GET} the open chats, waiting first (VIPs first, then who asked first), then the active ones;</li>
 *   <li>{@code GET /{id}?after=N} one chat with its frames (after N, or the latest), the member's other threads
 *       and tickets;</li>
 *   <li>{@code POST /{id}/take}, {@code /{id}/transfer {"agent"} or {"team"}}, {@code /{id}/close {"resolve"}},
 *       {@code /{id}/typing {"on"}}, {@code /{id}/read {"upTo"}};</li>
 *   <li>{@code POST /{id}/replies} (JSON {@code {"text","articleKey"}} or multipart with {@code files}): 202 with
 *       the outbox entry.</li>
 * </ul>
 * A chat another agent is in: 409 with who has it; a closed chat: 409; an unknown id: 404.
 */
@RestController
@RequestMapping({"/api/live-chats", "/console/live/chats"})
class LiveChatController {

    private final LiveChatDesk desk;

    LiveChatController(LiveChatDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    List<LiveChatRow> list() {
        return desk.open();
    }

    @GetMapping("/{id}")
    LiveChatDetail get(@PathVariable long id, @RequestParam(required = false) Long after) {
        return desk.detail(id, after);
    }

    @PostMapping("/{id}/take")
    LiveChatRow take(@PathVariable long id, Principal staff) {
        return desk.take(id, staff.getName());
    }

    @PostMapping("/{id}/transfer")
    LiveChatRow transfer(@PathVariable long id, @RequestBody Transfer transfer, Principal staff) {
        boolean toAgent = transfer.agent() != null && !transfer.agent().isBlank();
        if (toAgent == (transfer.team() != null)) {
            throw new InvalidFieldException("agent", "name either an agent or a team");
        }
        return toAgent ? desk.transferToAgent(id, transfer.agent().strip(), staff.getName())
                : desk.transferToTeam(id, transfer.team(), staff.getName());
    }

    @PostMapping("/{id}/close")
    LiveChatRow close(@PathVariable long id, @RequestBody Close close, Principal staff) {
        return desk.close(id, close.resolve(), staff.getName());
    }

    @PostMapping("/{id}/typing")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void typing(@PathVariable long id, @RequestBody Typing typing, Principal staff) {
        desk.typing(id, staff.getName(), typing.on());
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable long id, @RequestBody Read read, Principal staff) {
        desk.read(id, staff.getName(), read.upTo());
    }

    @PostMapping(path = "/{id}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    QueuedReply reply(@PathVariable long id, @RequestBody Reply reply, Principal staff) {
        return new QueuedReply(desk.reply(id, staff.getName(), reply.text(), reply.articleKey(), List.of()));
    }

    @PostMapping(path = "/{id}/replies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    QueuedReply replyWithFiles(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String articleKey,
            @RequestParam(required = false) List<MultipartFile> files, Principal staff) {
        return new QueuedReply(desk.reply(id, staff.getName(), text, articleKey, Uploads.of(files)));
    }

    @ExceptionHandler(LiveChatTakenException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    Taken taken(LiveChatTakenException taken) {
        return new Taken("conflict", taken.getMessage(), taken.agent());
    }

    @ExceptionHandler(LiveChatClosedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ApiError closed(LiveChatClosedException closed) {
        return ApiError.of(HttpStatus.CONFLICT, closed.getMessage());
    }

    /** {@code {"agent": "bob"}} or {@code {"team": "TRADING"}}. */
    record Transfer(String agent, TicketCategory team) {
    }

    /** @param resolve true: the ticket is resolved; false: it stays open, to be answered later */
    record Close(boolean resolve) {
    }

    record Typing(boolean on) {
    }

    record Read(long upTo) {
    }

    record Reply(String text, String articleKey) {
    }

    record QueuedReply(long outboxId) {
    }

    /** The 409 of a chat another agent is in: the ApiError shape and who has it. */
    record Taken(String error, String message, String agent) {
    }
}
