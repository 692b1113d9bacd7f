package io.switchboard.core.livechat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lines of visitors' chat windows ({@code chat_frame}): written once each, numbered per visitor, and told to
 * both sides ({@link ChatSignals}) once stored.
 */
@Service
@Transactional
public class ChatFrames {

    private static final String COLUMNS = "id, visitor_key, seq, kind, author, text, client_id, details, created_at";

    private final JdbcTemplate jdbc;
    private final ChatVisitors visitors;
    private final ChatSignals signals;
    private final Clock clock;

    ChatFrames(JdbcTemplate jdbc, ChatVisitors visitors, ChatSignals signals, Clock clock) {
        this.jdbc = jdbc;
        this.visitors = visitors;
        this.signals = signals;
        this.clock = clock;
    }

    /**
     * Stores a frame as the conversation's next line. A visitor's message already stored under the same client id
     * is not stored again: that one is returned.
     *
     * @param clientId the widget's id of a visitor's message, or null
     * @param deliveryKey the outbox entry a delivered message comes from, or null
     * @throws UnknownVisitorException when there is no such visitor
     */
    public ChatFrame append(String visitorKey, FrameKind kind, String author, String text, String clientId,
            String details, String deliveryKey) {
        if (clientId != null) {
            Optional<ChatFrame> stored = byClientId(visitorKey, clientId);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        long seq = visitors.nextSeq(visitorKey);
        if (clientId != null) {
            // the visitor's row is locked now: a copy of the same message sent at the same moment waited for it
            Optional<ChatFrame> stored = byClientId(visitorKey, clientId);
            if (stored.isPresent()) {
                jdbc.update("update webchat_visitor set last_seq = last_seq - 1 where visitor_key = ?", visitorKey);
                return stored.get();
            }
        }
        Instant now = clock.instant();
        jdbc.update("insert into chat_frame (visitor_key, seq, kind, author, text, client_id, details, delivery_key,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", visitorKey, seq, kind.name(), author, text,
                clientId, details, deliveryKey, Timestamp.from(now));
        signals.publish(ChatSignal.frame(visitorKey, seq));
        return find(visitorKey, seq).orElseThrow();
    }

    /** The conversation's frames after {@code afterSeq}, oldest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ChatFrame> after(String visitorKey, long afterSeq, int limit) {
        return jdbc.query("select " + COLUMNS + " from chat_frame where visitor_key = ? and seq > ? order by seq"
                + " fetch first " + limit + " rows only", ChatFrames::frame, visitorKey, afterSeq);
    }

    /** The newest {@code limit} frames of the conversation, oldest first. */
    @Transactional(readOnly = true)
    public List<ChatFrame> latest(String visitorKey, int limit) {
        List<ChatFrame> newestFirst = jdbc.query("select " + COLUMNS + " from chat_frame where visitor_key = ?"
                + " order by seq desc fetch first " + limit + " rows only", ChatFrames::frame, visitorKey);
        List<ChatFrame> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Transactional(readOnly = true)
    public Optional<ChatFrame> find(String visitorKey, long seq) {
        return jdbc.query("select " + COLUMNS + " from chat_frame where visitor_key = ? and seq = ?",
                ChatFrames::frame, visitorKey, seq).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<ChatFrame> byClientId(String visitorKey, String clientId) {
        return jdbc.query("select " + COLUMNS + " from chat_frame where visitor_key = ? and client_id = ?",
                ChatFrames::frame, visitorKey, clientId).stream().findFirst();
    }

    /** The frame an outbox entry was delivered as, if it was. */
    @Transactional(readOnly = true)
    public Optional<ChatFrame> byDeliveryKey(String deliveryKey) {
        return jdbc.query("select " + COLUMNS + " from chat_frame where delivery_key = ?", ChatFrames::frame,
                deliveryKey).stream().findFirst();
    }

    private static ChatFrame frame(ResultSet row, int index) throws SQLException {
        return new ChatFrame(row.getLong("id"), row.getString("visitor_key"), row.getLong("seq"),
                FrameKind.valueOf(row.getString("kind")), row.getString("author"), row.getString("text"),
                row.getString("client_id"), row.getString("details"), row.getTimestamp("created_at").toInstant());
    }
}
