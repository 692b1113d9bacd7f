package io.switchboard.helpcenter.request;

import io.switchboard.core.ticket.TicketCategory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

/** The {@code help_request} rows. */
@Repository
class HelpRequests {

    private static final RowMapper<HelpRequest> ROW = (row, n) -> new HelpRequest(row.getLong("id"),
            (Long) row.getObject("account_id", Long.class), row.getString("email"), row.getString("conversation_key"),
            TicketCategory.valueOf(row.getString("category")), row.getString("subject"),
            row.getTimestamp("created_at").toInstant(), row.getString("language"));
    private static final String COLUMNS = "id, account_id, email, conversation_key, category, subject, created_at,"
            + " language";

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;

    HelpRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.insert = new SimpleJdbcInsert(jdbc).withTableName("help_request").usingGeneratedKeyColumns("id")
                .usingColumns("account_id", "email", "conversation_key", "category", "subject", "created_at",
                        "language");
    }

    /** Stores a new request; its conversation key follows from the id it gets. */
    HelpRequest add(Long accountId, String email, TicketCategory category, String subject, String language,
            Instant at) {
        // the key is unique and not null: a placeholder until the id is known, in the same transaction
        String placeholder = "new:" + UUID.randomUUID();
        long id = insert.executeAndReturnKey(new MapSqlParameterSource()
                .addValue("account_id", accountId)
                .addValue("email", email)
                .addValue("conversation_key", placeholder)
                .addValue("category", category.name())
                .addValue("subject", subject)
                .addValue("created_at", Timestamp.from(at))
                .addValue("language", language)).longValue();
        String key = HelpRequest.conversationKeyOf(id);
        jdbc.update("update help_request set conversation_key = ? where id = ?", key, id);
        return new HelpRequest(id, accountId, email, key, category, subject, at, language);
    }

    Optional<HelpRequest> find(long id) {
        return jdbc.query("select " + COLUMNS + " from help_request where id = ?", ROW, id).stream().findFirst();
    }

    /** The account's requests, newest first. */
    List<HelpRequest> ofAccount(long accountId) {
        return jdbc.query("select " + COLUMNS + " from help_request where account_id = ? order by id desc", ROW,
                accountId);
    }
}
