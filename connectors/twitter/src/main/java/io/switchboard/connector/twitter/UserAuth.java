package io.switchboard.connector.twitter;

import java.net.URI;
import org.springframework.http.HttpMethod;

/**
 * The {@code Authorization} header for a call made as the support account (posting a reply,
 * sending a DM): OAuth 1.0a signed per request, or an OAuth 2 user token.
 */
@FunctionalInterface
interface UserAuth {

    String authorization(HttpMethod method, URI uri);

    static UserAuth oauth2UserToken(String token) {
        String header = "Bearer " + token;
        return (method, uri) -> header;
    }
}
