package io.switchboard.connector.webchat.visitor;

/**
 * What the widget sends when it opens ({@code POST /api/chat/session}); every field may be missing.
 *
 * @param token the token it kept from an earlier visit
 * @param userId the embedding site's user id, with {@code userHash} = hex HMAC-SHA256(identity-secret, userId)
 * @param name the name the site shows for its user
 * @param email the site user's address (kept for identified visitors only: anyone can type any address)
 * @param lang the page's language ({@code zh}, {@code en})
 */
public record SessionRequest(String token, String userId, String userHash, String name, String email, String lang) {
}
