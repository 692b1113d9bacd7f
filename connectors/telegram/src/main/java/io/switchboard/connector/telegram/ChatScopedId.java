package io.switchboard.connector.telegram;

import java.util.Optional;

/**
 * A Telegram number that only means something inside one chat (a message id, a forum topic id),
 * written {@code "<chat id>:<number>"}: the form of {@code messageId}, {@code replyToMessageId} and
 * topic conversation keys. Chat ids never contain a colon.
 */
record ChatScopedId(String chatId, int number) {

    String format() {
        return chatId + ":" + number;
    }

    static String format(long chatId, int number) {
        return new ChatScopedId(Long.toString(chatId), number).format();
    }

    /**
     * @return empty for a bare chat id (a conversation key without topic)
     * @throws IllegalArgumentException when the part after the colon is not a number
     */
    static Optional<ChatScopedId> parse(String value) {
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChatScopedId(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not <chat id>:<number>");
        }
    }
}
