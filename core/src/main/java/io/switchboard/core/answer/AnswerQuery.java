package io.switchboard.core.answer;

import io.switchboard.core.channel.Channel;
import java.util.Objects;

/**
 * A message to answer.
 *
 * @param privateChat one-to-one chats allow a lower auto-answer threshold than public places
 * @param language the member's language if known ("zh", "en"...), or null; the text's own language wins
 *     over it when the text is clearly in one
 */
public record AnswerQuery(String text, Channel channel, boolean privateChat, String language) {
    public AnswerQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(channel, "channel");
    }
}
