package io.switchboard.core.livechat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The visitors of the live chat ({@code webchat_visitor}). */
@Service
@Transactional
public class ChatVisitors {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ChatVisitors(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The visitor, stored now if new; a returning visitor's language, name and last visit are brought up to date.
     *
     * @param displayName the name the site gave, or null (kept as it was)
     */
    public ChatVisitor arrive(String visitorKey, String displayName, String language) {
        Instant now = clock.instant();
        int updated = jdbc.update("update webchat_visitor set display_name = coalesce(?, display_name),"
                + " language = coalesce(?, language), last_seen_at = ? where visitor_key = ?",
                displayName, language, Timestamp.from(now), visitorKey);
        if (updated == 0) {
            try {
                jdbc.update("insert into webchat_visitor (visitor_key, identified, display_name, language, last_seq,"
                        + " created_at, last_seen_at) values (?, ?, ?, ?, 0, ?, ?)", visitorKey,
                        visitorKey.startsWith(ChatVisitor.IDENTIFIED_PREFIX), displayName, language,
                        Timestamp.from(now), Timestamp.from(now));
            } catch (DuplicateKeyException sameVisitorElsewhere) {
                // another tab or instance stored the visitor at the same moment: theirs is the same row
            }
        }
        return find(visitorKey).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<ChatVisitor> find(String visitorKey) {
        return jdbc.query("select * from webchat_visitor where visitor_key = ?", ChatVisitors::visitor, visitorKey)
                .stream().findFirst();
    }

    /** Where the conversation is answered by e-mail; null forgets the address. */
    public void setEmail(String visitorKey, String email) {
        jdbc.update("update webchat_visitor set email = ? where visitor_key = ?", email, visitorKey);
    }

    /**
     * The next seq of the visitor's conversation. The row stays locked until the caller's transaction ends, so two
     * frames written at once get two numbers in the order they commit.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    long nextSeq(String visitorKey) {
        if (jdbc.update("update webchat_visitor set last_seq = last_seq + 1 where visitor_key = ?", visitorKey) != 1) {
            throw new UnknownVisitorException(visitorKey);
        }
        return jdbc.queryForObject("select last_seq from webchat_visitor where visitor_key = ?", Long.class,
                visitorKey);
    }

    private static ChatVisitor visitor(ResultSet row, int index) throws SQLException {
        Timestamp seen = row.getTimestamp("last_seen_at");
        return new ChatVisitor(row.getString("visitor_key"), row.getBoolean("identified"),
                row.getString("display_name"), row.getString("email"), row.getString("language"),
                row.getLong("last_seq"), row.getTimestamp("created_at").toInstant(), seen.toInstant());
    }
}
