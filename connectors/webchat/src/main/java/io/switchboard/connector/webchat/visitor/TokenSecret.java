package io.switchboard.connector.webchat.visitor;

import io.switchboard.connector.webchat.WebchatProperties;
import io.switchboard.core.secret.StoredSecret;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The key of visitors' tokens: {@code switchboard.webchat.token-secret}, or one kept in {@code webchat_secret}. */
@Component
class TokenSecret extends StoredSecret {

    TokenSecret(JdbcTemplate jdbc, WebchatProperties properties) {
        super(jdbc, "webchat_secret", properties.tokenSecret());
    }
}
