package io.switchboard.helpcenter.request;

import io.switchboard.core.secret.StoredSecret;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key that signs visitors' tracking links: {@code switchboard.helpcenter.link-secret} when set;
 * otherwise one made at random and kept in {@code help_link_secret} ({@link StoredSecret}). Never logged.
 */
@Component
class LinkSecret extends StoredSecret {

    LinkSecret(JdbcTemplate jdbc, RequestProperties properties) {
        super(jdbc, "help_link_secret", properties.linkSecret());
    }
}
