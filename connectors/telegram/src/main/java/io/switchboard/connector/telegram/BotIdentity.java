package io.switchboard.connector.telegram;

import org.telegram.telegrambots.meta.api.objects.User;

/**
 * Who the bot is, to tell whether a message is meant for it. The id is the number before the
 * colon of the bot token; the username is configured or learned with getMe when the connector
 * starts, and stays unknown until then.
 */
final class BotIdentity {

    private final long id;
    private volatile String username;

    BotIdentity(long id, String username) {
        this.id = id;
        this.username = username;
    }

    static BotIdentity of(TelegramProperties properties) {
        String token = properties.botToken();
        long id = Long.parseLong(token.substring(0, token.indexOf(':')));
        return new BotIdentity(id, properties.botUsernameWithoutAt());
    }

    long id() {
        return id;
    }

    /** The username without {@code @}, or null while it is not known yet. */
    String username() {
        return username;
    }

    boolean known() {
        return username != null;
    }

    void learn(String username) {
        this.username = username;
    }

    boolean isBot(User user) {
        return user != null && user.getId() != null && user.getId() == id;
    }

    /** Whether {@code name} (without {@code @}) is the bot's username; Telegram ignores case in them. */
    boolean hasUsername(String name) {
        String own = username;
        return own != null && own.equalsIgnoreCase(name);
    }
}
