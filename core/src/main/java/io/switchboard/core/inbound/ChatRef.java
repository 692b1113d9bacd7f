package io.switchboard.core.inbound;

import java.util.Objects;

/**
 * The place a message was written in: a Telegram chat, an X conversation, a Facebook post or
 * Messenger chat, a forum topic.
 *
 * @param chatId the platform's id of the chat (what replies are addressed to)
 * @param title group or channel name, post or topic title; null for private chats
 * @param type platform chat type: private, group, supergroup, channel, post, messenger, topic
 */
public record ChatRef(String chatId, String title, String type) {
    public ChatRef {
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(type, "chat type");
    }
}
