package io.switchboard.connector.webchat.transport;

import io.switchboard.connector.webchat.visitor.VisitorTokens;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The visitor an API request is from: its {@code Authorization: Bearer <token>} (never a cookie, so no other site's
 * page can act for the visitor).
 */
@Component
class BearerVisitor {

    private static final String BEARER = "Bearer ";

    private final VisitorTokens tokens;

    BearerVisitor(VisitorTokens tokens) {
        this.tokens = tokens;
    }

    /** @throws ResponseStatusException 401 without a valid token */
    String of(String authorization) {
        String token = authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length()).strip() : null;
        return byToken(token);
    }

    /** @throws ResponseStatusException 401 without a valid token */
    String byToken(String token) {
        return tokens.visitorOf(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                "no valid visitor token: open the chat again (POST /api/chat/session)"));
    }
}
