package io.switchboard.helpcenter.request;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Mail that waits for the e-mail channel: until there is one, a visitor's tracking link is shown once on the
 * confirmation page and the mail that will carry it is kept here. It is not put in the outbox, which would
 * count an entry for a channel without a connector as a failed delivery and warn the operator about it.
 */
@Repository
class WaitingMail {

    private final JdbcTemplate jdbc;

    WaitingMail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(long requestId, String recipient, String subject, String body, Instant at) {
        jdbc.update("insert into help_waiting_mail (request_id, recipient, subject, body, created_at)"
                + " values (?, ?, ?, ?, ?)", requestId, recipient, subject, body, Timestamp.from(at));
    }
}
