package io.switchboard.connector.webchat.visitor;

/**
 * The widget claimed a site's user it could not prove: a wrong or missing {@code userHash}, a malformed id, or no
 * {@code identity-secret} configured to check it with. Nothing was stored.
 */
public class IdentityRefused extends RuntimeException {

    IdentityRefused(String message) {
        super(message);
    }
}
