package io.switchboard.core.secret;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A signing key: the configured one when set; otherwise one made at random by the first instance that needs it and
 * kept in a table of its own (row {@code id = 1}, column {@code secret}), which every other instance, and this one
 * after a restart, reads instead of making its own. So links and tokens signed by one instance hold on all of them
 * without anyone configuring a secret. Never logged.
 */
public class StoredSecret {

    private static final int ROW = 1;
    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcTemplate jdbc;
    private final String table;
    private final String configured;
    private volatile byte[] key;

    /**
     * @param table the table the made-up secret is kept in (a constant of the caller, never user input)
     * @param configured the configured secret, or null or blank when none is
     */
    public StoredSecret(JdbcTemplate jdbc, String table, String configured) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.table = table;
        this.configured = configured == null || configured.isBlank() ? null : configured;
    }

    public byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = (configured != null ? configured : stored()).getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    /** HMAC-SHA256 of the text with this key. */
    public byte[] sign(String text) {
        return Hmac.sha256(key(), text);
    }

    /** The stored secret, made now when there is none; two instances making one at once keep the first. */
    private String stored() {
        return read().orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            try {
                jdbc.update("insert into " + table + " (id, secret) values (?, ?)", ROW,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            } catch (DuplicateKeyException another) {
                // another instance stored its secret first: that one is everybody's
            }
            return read().orElseThrow();
        });
    }

    private Optional<String> read() {
        return jdbc.queryForList("select secret from " + table + " where id = ?", String.class, ROW).stream()
                .findFirst();
    }
}
