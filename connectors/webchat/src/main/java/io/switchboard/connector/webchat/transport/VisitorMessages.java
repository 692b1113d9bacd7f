package io.switchboard.connector.webchat.transport;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.connector.webchat.WebchatProperties;
import io.switchboard.core.attachment.StoredAttachment;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.inbound.Attachment;
import io.switchboard.core.inbound.Author;
import io.switchboard.core.inbound.ChatRef;
import io.switchboard.core.inbound.InboundKind;
import io.switchboard.core.inbound.InboundMessage;
import io.switchboard.core.inbound.InboundPort;
import io.switchboard.core.limit.LimitRule;
import io.switchboard.core.limit.RateLimit;
import io.switchboard.core.limit.RateLimits;
import io.switchboard.core.livechat.ChatFrame;
import io.switchboard.core.livechat.ChatFrames;
import io.switchboard.core.livechat.ChatSignal;
import io.switchboard.core.livechat.ChatSignals;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.livechat.ChatVisitors;
import io.switchboard.core.livechat.FrameKind;
import org.springframework.stereotype.Service;

/**
 * What a visitor sends, whichever transport brought it: checked, stored as the visitor's frame, handed to the
 * pipeline, then acknowledged. The widget re-sends what was not acknowledged with the same
 * client id: that copy is acknowledged again, and neither stored nor handed in twice (the frames are unique by
 * client id, the pipeline's events by event id {@code <visitor key>:<client id>}).
 */
@Service
public class VisitorMessages {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_CHOICE = 200;

    private final ChatFrames frames;
    private final ChatVisitors visitors;
    private final ChatSignals signals;
    private final InboundPort inbound;
    private final VisitorFiles files;
    private final RateLimit perVisitor;
    private final WebchatProperties properties;
    private final ObjectMapper json;
    private final Clock clock;

    VisitorMessages(ChatFrames frames, ChatVisitors visitors, ChatSignals signals, InboundPort inbound,
            VisitorFiles files, RateLimits limits, WebchatProperties properties, ObjectMapper json,
            Clock clock) {
        this.frames = frames;
        this.visitors = visitors;
        this.signals = signals;
        this.inbound = inbound;
        this.files = files;
        this.perVisitor = limits.limit("webchat.messages",
                LimitRule.steady(properties.messagesPerMinute(), Duration.ofMinutes(1)));
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** @throws ChatRefusal when the message is empty, too long, malformed, or one too many this minute */
    public Ack send(String visitorKey, VisitorMessage message) {
        String clientId = checkedClientId(message.clientId());
        if (message.text().isBlank() && message.files().isEmpty()) {
            throw new ChatRefusal(ChatRefusal.EMPTY, clientId, "the message is empty");
        }
        if (message.text().codePointCount(0, message.text().length()) > properties.maxMessageLength()) {
            throw new ChatRefusal(ChatRefusal.TOO_LONG, clientId,
                    "a message has at most " + properties.maxMessageLength() + " characters");
        }
        return store(visitorKey, clientId, message.seq(), () -> {
            List<StoredAttachment> attached = files.own(visitorKey, clientId, message.files());
            String details = attached.isEmpty() ? null : details(Map.of("files", attached.stream()
                    .map(file -> Map.of("id", file.id(), "name", file.filename(), "type", file.contentType()))
                    .toList()));
            return new Stored(message.text(), details, InboundKind.MESSAGE, message.text(),
                    attached.stream().map(StoredAttachment::reference).toList());
        });
    }

    /** @throws ChatRefusal when the press is malformed, or one too many this minute */
    public Ack choose(String visitorKey, VisitorChoice choice) {
        String clientId = checkedClientId(choice.clientId());
        if (choice.data() == null || choice.data().isBlank() || choice.data().length() > MAX_CHOICE
                || (choice.label() != null && choice.label().length() > MAX_CHOICE)) {
            throw new ChatRefusal(ChatRefusal.BAD_REQUEST, clientId,
                    "a choice has data and a label of at most " + MAX_CHOICE + " characters");
        }
        String label = choice.label() == null || choice.label().isBlank() ? choice.data() : choice.label();
        return store(visitorKey, clientId, choice.seq(),
                () -> new Stored(label, null, InboundKind.CHOICE, choice.data(), List.of()));
    }

    /** The visitor started or stopped typing: the agent's console shows it. */
    public void typing(String visitorKey, boolean on) {
        signals.publish(ChatSignal.typing(visitorKey, ChatSignal.Party.VISITOR, null, on));
    }

    /** The visitor's window showed the conversation up to {@code upTo}: the agent sees the read mark. */
    public void read(String visitorKey, long upTo) {
        signals.publish(ChatSignal.read(visitorKey, ChatSignal.Party.VISITOR, null, upTo));
    }

    private Ack store(String visitorKey, String clientId, Long seq, Supplier<Stored> content) {
        String eventId = visitorKey + ":" + clientId;
        Optional<ChatFrame> resent = frames.byClientId(visitorKey, clientId);
        if (resent.isPresent() && inbound.isStored(Channel.WEBCHAT, eventId)) {
            return new Ack(clientId, seq, resent.get().seq());
        }
        if (resent.isEmpty()) {
            Duration wait = perVisitor.tryTake(visitorKey);
            if (!wait.isZero()) {
                throw new ChatRefusal(ChatRefusal.RATE_LIMITED, clientId, "at most " + properties.messagesPerMinute()
                        + " messages a minute: wait a moment", Math.max(1, wait.toSeconds()));
            }
        }
        Stored stored = content.get();
        ChatVisitor visitor = visitors.find(visitorKey).orElseThrow(() -> new ChatRefusal(ChatRefusal.BAD_REQUEST,
                clientId, "open the chat first"));
        // The line first, then the pipeline, each committed on its own (the port stores in a transaction of its own:
        // holding a connection across it would starve the pool under a burst). The bot's answer can then never come
        // before the question in the window; a crash between the two leaves the message unacknowledged, so the widget
        // sends it again and this hands it in (the append finds the line already there).
        ChatFrame frame = frames.append(visitorKey, FrameKind.VISITOR, null, stored.frameText(), clientId,
                stored.details(), null);
        inbound.accept(new InboundMessage(Channel.WEBCHAT, eventId, eventId, visitorKey,
                new ChatRef(visitorKey, null, "webchat"),
                new Author(visitorKey, visitor.displayName() != null ? visitor.displayName() : "Visitor", null,
                        visitor.language()),
                stored.kind(), stored.handedText(), null, stored.attachments(), clock.instant(), true, true, null));
        return new Ack(clientId, seq, frame.seq());
    }

    private static String checkedClientId(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new ChatRefusal(ChatRefusal.BAD_REQUEST, null, "clientId must be 1 to 64 letters, digits, - or _");
        }
        return clientId;
    }

    private String details(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("file descriptions are plain values", e);
        }
    }

    /** What one message or press becomes: the window's line, and what the pipeline reads. */
    private record Stored(String frameText, String details, InboundKind kind, String handedText,
            List<Attachment> attachments) {
    }
}
