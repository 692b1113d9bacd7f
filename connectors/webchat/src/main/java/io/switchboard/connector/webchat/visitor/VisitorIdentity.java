package io.switchboard.connector.webchat.visitor;

import java.nio.charset.StandardCharsets;

import io.switchboard.connector.webchat.WebchatProperties;
import io.switchboard.core.livechat.ChatVisitor;
import io.switchboard.core.secret.Hmac;
import org.springframework.stereotype.Component;

/**
 * Visitors the embedding site vouches for: the site passes its user's id and hex HMAC-SHA256(identity-secret, id),
 * computed on its server, so a visitor who changes the id in the page cannot pose as another user.
 */
@Component
class VisitorIdentity {

    /** The visitor key's column holds 140 characters, {@code u:} included. */
    private static final int MAX_USER_ID = 138;

    private final byte[] secret;

    VisitorIdentity(WebchatProperties properties) {
        String configured = properties.identitySecret();
        this.secret = configured == null || configured.isBlank() ? null : configured.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The identified visitor's key, {@code u:<user id>}.
     *
     * @throws IdentityRefused when the hash is not the id's, or identities cannot be checked here
     */
    String visitorKeyOf(String userId, String userHash) {
        if (secret == null) {
            throw new IdentityRefused("this chat accepts anonymous visitors only: switchboard.webchat.identity-secret"
                    + " is not configured");
        }
        if (userId.isBlank() || userId.length() > MAX_USER_ID || userId.chars().anyMatch(Character::isISOControl)) {
            throw new IdentityRefused("userId must be 1 to " + MAX_USER_ID + " printable characters");
        }
        if (!Hmac.same(Hmac.sha256Hex(secret, userId), userHash == null ? null : userHash.toLowerCase(java.util.Locale.ROOT))) {
            throw new IdentityRefused("userHash is not the HMAC-SHA256 of userId with the site's identity secret");
        }
        return ChatVisitor.IDENTIFIED_PREFIX + userId;
    }
}
