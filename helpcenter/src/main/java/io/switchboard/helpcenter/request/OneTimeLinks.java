package io.switchboard.helpcenter.request;

import io.switchboard.core.text.Sha256;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The links the help center mails to prove that somebody reads an address: 32 random bytes, of which only the
 * SHA-256 is stored (whoever reads the table cannot open a link), valid for {@link #VALIDITY}, usable once. Each
 * kind keeps its links in a table of its own with the columns {@code id}, {@code token_sha256},
 * {@code expires_at} and {@code used_at}.
 */
@Component
class OneTimeLinks {

    static final Duration VALIDITY = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    OneTimeLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link's secret: {@code token} goes in the mail, only {@code sha256} in the table. */
    record Secret(String token, String sha256, Instant expiresAt) {
    }

    Secret newSecret(Instant now) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Secret(token, Sha256.hex(token), now.plus(VALIDITY));
    }

    /**
     * Uses the link of {@code table} whose token this is: its row's {@code columns}, and the row is marked used; empty
     * when no such link was made, it expired or it was used, also when two clicks race (the second finds it used).
     * In the caller's transaction, so a failure after it leaves the link unused.
     */
    Optional<Map<String, Object>> use(String table, String columns, String token) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Map<String, Object>> found = jdbc.queryForList("select id, " + columns + " from " + table
                + " where token_sha256 = ? and used_at is null and expires_at > ?",
                Sha256.hex(token == null ? "" : token), now);
        if (found.isEmpty()
                || jdbc.update("update " + table + " set used_at = ? where id = ? and used_at is null", now,
                        found.get(0).get("id")) == 0) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }
}
