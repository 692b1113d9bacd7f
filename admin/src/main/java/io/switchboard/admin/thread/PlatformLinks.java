package io.switchboard.admin.thread;

import io.switchboard.core.channel.Channel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a thread and its members' messages can be opened on their platform, built from the ids the
 * connectors store; empty where those ids do not make a link:
 * <ul>
 *   <li>Telegram: messages ({@code <chat id>:<message id>}) of supergroups (chat ids {@code -100...}),
 *       as {@code t.me/c/...} links that open for the group's members; a forum topic
 *       ({@code <chat id>:<topic id>}) the same way. Private chats and basic groups have no links.</li>
 *   <li>X: tweets by id, under the author's handle when known.</li>
 *   <li>Facebook: the page post of a {@code post:<post id>} conversation, a comment under it;
 *       Messenger chats have no links.</li>
 *   <li>Forum: the topic of a {@code topic:<id>} conversation, a post in it.</li>
 * </ul>
 */
final class PlatformLinks {

    private static final String SUPERGROUP = "-100";
    private static final String FACEBOOK_POST = "post:";
    private static final String FORUM_TOPIC = "topic:";

    private PlatformLinks() {
    }

    /** The conversation itself: a Telegram topic, the first tweet, the Facebook post, the forum topic. */
    static Optional<String> conversation(Channel channel, String conversationKey) {
        return switch (channel) {
            case TELEGRAM -> telegramTopic(conversationKey).flatMap(topic ->
                    telegramGroup(topic[0]).map(group -> group + "/" + topic[1]));
            case TWITTER -> Optional.of("https://x.com/i/web/status/" + encode(conversationKey));
            case FACEBOOK -> suffix(conversationKey, FACEBOOK_POST).map(post -> "https://www.facebook.com/" + encode(post));
            case FORUM -> suffix(conversationKey, FORUM_TOPIC).map(topic -> "/forum/t/" + encode(topic));
            // a help-center request, a mailbox and a live chat are only the member's to see; staff have them in the console
            case WEB, EMAIL, WEBCHAT -> Optional.empty();
        };
    }

    /** A member's message, by the platform's id for it. */
    static Optional<String> message(Channel channel, String conversationKey, String externalId, String authorHandle) {
        if (externalId == null || externalId.isBlank()) {
            return Optional.empty();
        }
        return switch (channel) {
            case TELEGRAM -> telegramMessage(conversationKey, externalId);
            case TWITTER -> Optional.of("https://x.com/" + (authorHandle == null ? "i/web" : encode(authorHandle))
                    + "/status/" + encode(externalId));
            case FACEBOOK -> suffix(conversationKey, FACEBOOK_POST).map(post -> externalId.equals(post)
                    ? "https://www.facebook.com/" + encode(post)
                    : "https://www.facebook.com/" + encode(post) + "?comment_id="
                            + encode(externalId.substring(externalId.lastIndexOf('_') + 1)));
            case FORUM -> conversation(channel, conversationKey).map(topic -> topic + "#p" + encode(externalId));
            case WEB, EMAIL, WEBCHAT -> Optional.empty();
        };
    }

    private static Optional<String> telegramMessage(String conversationKey, String externalId) {
        int colon = externalId.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String chatId = externalId.substring(0, colon);
        String messageId = externalId.substring(colon + 1);
        String topic = telegramTopic(conversationKey).map(parts -> parts[1] + "/").orElse("");
        return telegramGroup(chatId).map(group -> group + "/" + topic + encode(messageId));
    }

    /** The forum topic of a Telegram group conversation ("42"), empty for a whole chat. */
    static Optional<String> telegramTopicId(String conversationKey) {
        return telegramTopic(conversationKey).map(parts -> parts[1]);
    }

    /** {chat id, topic id} of a topic's conversation key, empty for a whole chat. */
    private static Optional<String[]> telegramTopic(String conversationKey) {
        int colon = conversationKey.lastIndexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new String[] {conversationKey.substring(0, colon), conversationKey.substring(colon + 1)});
    }

    private static Optional<String> telegramGroup(String chatId) {
        return suffix(chatId, SUPERGROUP).map(internal -> "https://t.me/c/" + encode(internal));
    }

    private static Optional<String> suffix(String value, String prefix) {
        return value != null && value.startsWith(prefix) && value.length() > prefix.length()
                ? Optional.of(value.substring(prefix.length()))
                : Optional.empty();
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
