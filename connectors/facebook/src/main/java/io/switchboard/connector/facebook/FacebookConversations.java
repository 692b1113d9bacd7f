package io.switchboard.connector.facebook;

import java.util.Optional;

/**
 * The conversation keys of the Facebook channel: {@code post:<post id>} for the comments under a
 * page post (a comment's replies stay in the post's conversation), {@code messenger:<psid>} for a
 * Messenger chat with one person, keyed by their page-scoped id. The chat id of a message is its
 * conversation key.
 */
public final class FacebookConversations {

    private static final String POST = "post:";
    private static final String MESSENGER = "messenger:";

    private FacebookConversations() {
    }

    public static String ofPost(String postId) {
        return POST + postId;
    }

    public static String ofMessenger(String psid) {
        return MESSENGER + psid;
    }

    /** The post id of a {@code post:} key, empty for any other key. */
    public static Optional<String> postId(String conversationKey) {
        return suffix(conversationKey, POST);
    }

    /** The page-scoped id of a {@code messenger:} key, empty for any other key. */
    public static Optional<String> psid(String conversationKey) {
        return suffix(conversationKey, MESSENGER);
    }

    private static Optional<String> suffix(String key, String prefix) {
        if (key == null || !key.startsWith(prefix) || key.length() == prefix.length()) {
            return Optional.empty();
        }
        return Optional.of(key.substring(prefix.length()));
    }
}
