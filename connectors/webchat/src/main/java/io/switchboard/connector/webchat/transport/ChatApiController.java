package io.switchboard.connector.webchat.transport;

import java.util.List;
import java.util.Map;

import io.switchboard.connector.webchat.WebchatProperties;
import io.switchboard.connector.webchat.handoff.EmailFallback;
import io.switchboard.connector.webchat.handoff.Transcripts;
import io.switchboard.connector.webchat.visitor.EmailAddresses;
import io.switchboard.connector.webchat.visitor.SessionAnswer;
import io.switchboard.connector.webchat.visitor.SessionRequest;
import io.switchboard.connector.webchat.visitor.VisitorSessions;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.livechat.ChatFrame;
import io.switchboard.core.livechat.ChatFrames;
import io.switchboard.core.livechat.ChatSignal;
import io.switchboard.core.livechat.ChatSignals;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The widget's JSON API, {@code /api/chat/**}: opening a session, and long polling for where WebSockets are
 * blocked (the same messages, acks, frames and events as the socket). Every call but the session's carries the
 * visitor's token as {@code Authorization: Bearer}.
 */
@RestController
@RequestMapping("/api/chat")
class ChatApiController {

    private static final int BATCH = 200;

    private final VisitorSessions sessions;
    private final VisitorMessages messages;
    private final VisitorSignals signals;
    private final VisitorFiles files;
    private final BearerVisitor bearer;
    private final ChatFrames frames;
    private final FrameView view;
    private final EmailFallback emailFallback;
    private final Transcripts transcripts;
    private final WebchatProperties properties;

    ChatApiController(VisitorSessions sessions, VisitorMessages messages, VisitorSignals signals, VisitorFiles files,
            BearerVisitor bearer, ChatFrames frames, FrameView view, EmailFallback emailFallback,
            Transcripts transcripts, WebchatProperties properties) {
        this.sessions = sessions;
        this.messages = messages;
        this.signals = signals;
        this.files = files;
        this.bearer = bearer;
        this.frames = frames;
        this.view = view;
        this.emailFallback = emailFallback;
        this.transcripts = transcripts;
        this.properties = properties;
    }

    @PostMapping("/session")
    SessionAnswer session(@RequestBody(required = false) SessionRequest request) {
        return sessions.open(request != null ? request : new SessionRequest(null, null, null, null, null, null));
    }

    /**
     * The frames after {@code after} and the agent's typing or read mark: at once when there are frames, else once
     * something happens, else empty after {@code long-poll-wait}.
     */
    @GetMapping("/frames")
    DeferredResult<Map<String, Object>> frames(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false)
            String authorization, @RequestParam(defaultValue = "0") long after) {
        String visitorKey = bearer.of(authorization);
        DeferredResult<Map<String, Object>> result = new DeferredResult<>(properties.longPollWait().toMillis(),
                () -> Map.of("frames", List.of(), "events", List.of()));
        // listening before reading: a frame stored in between wakes the request instead of being missed
        ChatSignals.Subscription subscription = signals.listen(visitorKey,
                signal -> result.setResult(answer(visitorKey, after, signal)));
        result.onCompletion(subscription::close);
        List<ChatFrame> waiting = frames.after(visitorKey, after, BATCH);
        if (!waiting.isEmpty()) {
            result.setResult(Map.of("frames", waiting.stream().map(view::of).toList(), "events", List.of()));
        }
        return result;
    }

    @PostMapping("/messages")
    Map<String, Ack> message(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody VisitorMessage message) {
        return Map.of("ack", messages.send(bearer.of(authorization), message));
    }

    @PostMapping("/choices")
    Map<String, Ack> choice(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody VisitorChoice choice) {
        return Map.of("ack", messages.choose(bearer.of(authorization), choice));
    }

    @PostMapping("/typing")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void typing(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody Map<String, Boolean> body) {
        messages.typing(bearer.of(authorization), Boolean.TRUE.equals(body.get("on")));
    }

    @PostMapping("/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody Map<String, Long> body) {
        messages.read(bearer.of(authorization), body.getOrDefault("upTo", 0L));
    }

    @PostMapping("/files")
    Map<String, Object> upload(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false)
            String authorization, @RequestPart("file") MultipartFile file) {
        StoredAttachment stored = files.upload(bearer.of(authorization), file);
        return Map.of("id", stored.id(), "name", stored.filename(), "type", stored.contentType());
    }

    /** Answers by e-mail when nobody can take the chat now. */
    @PostMapping("/email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void email(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody Map<String, String> body) {
        emailFallback.leaveAddress(bearer.of(authorization), address(body));
    }

    @PostMapping("/transcript")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void transcript(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody Map<String, String> body) {
        transcripts.send(bearer.of(authorization), address(body));
    }

    private Map<String, Object> answer(String visitorKey, long after, ChatSignal signal) {
        if (signal.type() == ChatSignal.Type.FRAME) {
            return Map.of("frames", frames.after(visitorKey, after, BATCH).stream().map(view::of).toList(),
                    "events", List.of());
        }
        return Map.of("frames", List.of(), "events", List.of(VisitorEvents.of(signal)));
    }

    private static String address(Map<String, String> body) {
        String address = body.get("address");
        if (!EmailAddresses.looksValid(address)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "address must be an e-mail address");
        }
        return address.strip();
    }
}
