package io.switchboard.helpcenter.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Mail that waits for the e-mail channel: until there is one, a visitor's tracking link is shown once on the
 * confirmation page and the mail that will carry it is kept here. It is not put in the outbox, which would
 * count an entry for a channel without a connector as a failed delivery and warn the operator about it.
 * {@link RequestMail} moves it there at the first start with the channel.
 */
@Repository
class WaitingMail {

    private final JdbcTemplate jdbc;

    WaitingMail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A mail waiting; its subject is chosen again when it is sent, with the ticket's number known by then. */
    record Letter(long id, long requestId, String recipient, String body) {
    }

    void add(long requestId, String recipient, String subject, String body, Instant at) {
        jdbc.update("insert into help_waiting_mail (request_id, recipient, subject, body, created_at)"
                + " values (?, ?, ?, ?, ?)", requestId, recipient, subject, body, Timestamp.from(at));
    }

    List<Letter> all() {
        return jdbc.query("select id, request_id, recipient, body from help_waiting_mail order by id",
                (row, n) -> new Letter(row.getLong("id"), row.getLong("request_id"), row.getString("recipient"),
                        row.getString("body")));
    }

    /** @return whether it was still there: false when another instance took it first */
    boolean remove(long id) {
        return jdbc.update("delete from help_waiting_mail where id = ?", id) == 1;
    }
}
