package io.switchboard.helpcenter.request;

import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key that signs visitors' tracking links: {@code switchboard.helpcenter.link-secret} when set;
 * otherwise one made at random by the first instance that needs it and kept in the database, which every
 * other instance, and this one after a restart, reads instead of making its own. Never logged.
 */
@Component
class LinkSecret {

    private static final int ROW = 1;

    private final JdbcTemplate jdbc;
    private final String configured;
    private volatile byte[] key;

    LinkSecret(JdbcTemplate jdbc, RequestProperties properties) {
        this.jdbc = jdbc;
        this.configured = properties.linkSecret() == null || properties.linkSecret().isBlank() ? null
                : properties.linkSecret();
    }

    byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = (configured != null ? configured : stored()).getBytes(StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    /** The stored secret, made now when there is none; two instances making one at once keep the first. */
    private String stored() {
        return read().orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            try {
                jdbc.update("insert into help_link_secret (id, secret) values (?, ?)", ROW,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            } catch (DuplicateKeyException another) {
                // another instance stored its secret first: that one is everybody's
            }
            return read().orElseThrow();
        });
    }

    private Optional<String> read() {
        return jdbc.queryForList("select secret from help_link_secret where id = ?", String.class, ROW).stream()
                .findFirst();
    }
}
