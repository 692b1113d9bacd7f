package io.switchboard.admin.announcement;

import io.switchboard.core.chat.Chat;
import java.util.Optional;

/**
 * A configured Telegram chat as the form's checkbox offers it: its configured id, and its title
 * when the bot has seen the chat.
 */
public record TelegramChatChoice(String id, String title) {

    static TelegramChatChoice of(String id, Optional<Chat> seen) {
        return new TelegramChatChoice(id, seen.map(Chat::getTitle).filter(t -> t != null && !t.isBlank()).orElse(null));
    }

    /** "Title (id)", or the id alone. */
    public String label() {
        return title == null ? id : title + " (" + id + ")";
    }
}
