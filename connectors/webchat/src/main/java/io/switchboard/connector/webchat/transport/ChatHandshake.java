package io.switchboard.connector.webchat.transport;

import java.util.Map;

import io.switchboard.connector.webchat.visitor.VisitorTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lets a socket open only with a valid visitor's token ({@code ?token=}): the socket is then that visitor's, and
 * reads that conversation only. (The Origin is checked before, by the allow-list of the endpoint's registration.)
 */
class ChatHandshake implements HandshakeInterceptor {

    static final String VISITOR = "visitor";
    static final String AFTER = "after";

    private final VisitorTokens tokens;

    ChatHandshake(VisitorTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        var query = UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams();
        var visitor = tokens.visitorOf(query.getFirst("token"));
        if (visitor.isEmpty()) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            return false;
        }
        attributes.put(VISITOR, visitor.get());
        String after = query.getFirst(AFTER);
        if (after != null && after.matches("[0-9]{1,18}")) {
            attributes.put(AFTER, Long.parseLong(after));
        }
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
        // nothing to do once the socket is open
    }
}
