package io.switchboard.connector.webchat.transport;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.connector.webchat.WebchatProperties;
import io.switchboard.core.livechat.ChatFrame;
import io.switchboard.core.livechat.ChatFrames;
import io.switchboard.core.livechat.ChatSignal;
import io.switchboard.core.livechat.ChatSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The visitor's socket: on open, what the widget missed and {@code ready}; then the visitor's messages, presses,
 * typing and read marks in, and the conversation's new frames and the agent's typing and read marks out. Each
 * socket remembers the last frame it sent, so a new frame signal sends what follows it: nothing twice, no gap.
 */
@Component
class ChatSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatSocketHandler.class);
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int BUFFER_LIMIT = 512 * 1024;
    private static final int BATCH = 200;

    private final ChatFrames frames;
    private final VisitorMessages messages;
    private final VisitorSignals signals;
    private final FrameView view;
    private final WebchatProperties properties;
    private final ObjectMapper json;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();

    ChatSocketHandler(ChatFrames frames, VisitorMessages messages, VisitorSignals signals, FrameView view,
            WebchatProperties properties, ObjectMapper json) {
        this.frames = frames;
        this.messages = messages;
        this.signals = signals;
        this.view = view;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        // per socket rather than for the whole container, which a test's mock web server does not have
        session.setTextMessageSizeLimit(ChatSocketConfiguration.MAX_TEXT);
        session.setBinaryMessageSizeLimit(1024);
        String visitorKey = (String) session.getAttributes().get(ChatHandshake.VISITOR);
        Long after = (Long) session.getAttributes().get(ChatHandshake.AFTER);
        Connection connection = new Connection(visitorKey,
                new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_LIMIT));
        connections.put(session.getId(), connection);
        connection.subscription = signals.listen(visitorKey, connection::signalled);
        connection.open(after);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        Connection connection = connections.get(session.getId());
        if (connection == null) {
            return;
        }
        JsonNode in;
        try {
            in = json.readTree(message.getPayload());
        } catch (JsonProcessingException malformed) {
            connection.send(error(new ChatRefusal(ChatRefusal.BAD_REQUEST, null, "not JSON")));
            return;
        }
        try {
            switch (in.path("type").asText()) {
                case "message" -> connection.send(ack(messages.send(connection.visitorKey,
                        json.treeToValue(in, VisitorMessage.class))));
                case "choice" -> connection.send(ack(messages.choose(connection.visitorKey,
                        json.treeToValue(in, VisitorChoice.class))));
                case "typing" -> messages.typing(connection.visitorKey, in.path("on").asBoolean());
                case "read" -> messages.read(connection.visitorKey, in.path("upTo").asLong());
                case "ping" -> connection.send(Map.of("type", "pong"));
                default -> throw new ChatRefusal(ChatRefusal.BAD_REQUEST, in.path("clientId").textValue(),
                        "unknown type: message, choice, typing, read or ping");
            }
        } catch (ChatRefusal refused) {
            connection.send(error(refused));
        } catch (JsonProcessingException malformed) {
            connection.send(error(new ChatRefusal(ChatRefusal.BAD_REQUEST, in.path("clientId").textValue(),
                    "malformed " + in.path("type").asText())));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
        Connection connection = connections.remove(session.getId());
        if (connection != null && connection.subscription != null) {
            connection.subscription.close();
        }
    }

    private static Map<String, Object> ack(Ack ack) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "ack");
        out.put("clientId", ack.clientId());
        out.put("seq", ack.seq());
        out.put("frame", ack.frame());
        return out;
    }

    private static Map<String, Object> error(ChatRefusal refused) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "error");
        out.put("code", refused.code());
        out.put("clientId", refused.clientId());
        out.put("message", refused.getMessage());
        return out;
    }

    /** One open socket of a visitor. */
    private final class Connection {

        private final String visitorKey;
        private final WebSocketSession session;
        private long lastSent;
        private volatile ChatSignals.Subscription subscription;

        Connection(String visitorKey, WebSocketSession session) {
            this.visitorKey = visitorKey;
            this.session = session;
        }

        synchronized void open(Long after) throws IOException {
            List<ChatFrame> missed = after != null ? frames.after(visitorKey, after, Integer.MAX_VALUE)
                    : frames.latest(visitorKey, properties.history());
            lastSent = after != null ? after : 0;
            sendFrames(missed);
            send(Map.of("type", "ready", "lastSeq", lastSent));
        }

        void signalled(ChatSignal signal) {
            try {
                if (signal.type() == ChatSignal.Type.FRAME) {
                    sendNew();
                } else {
                    send(VisitorEvents.of(signal));
                }
            } catch (IOException gone) {
                log.debug("A visitor's socket closed while it was written to: {}", gone.toString());
            }
        }

        private synchronized void sendNew() throws IOException {
            List<ChatFrame> fresh;
            do {
                fresh = frames.after(visitorKey, lastSent, BATCH);
                sendFrames(fresh);
            } while (fresh.size() == BATCH);
        }

        private void sendFrames(List<ChatFrame> toSend) throws IOException {
            for (ChatFrame frame : toSend) {
                send(Map.of("type", "frame", "frame", view.of(frame)));
                lastSent = Math.max(lastSent, frame.seq());
            }
        }

        void send(Map<String, ?> out) throws IOException {
            if (session.isOpen()) {
                session.sendMessage(new TextMessage(json.writeValueAsString(out)));
            }
        }
    }
}
