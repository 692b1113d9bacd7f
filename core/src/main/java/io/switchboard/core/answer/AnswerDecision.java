package io.switchboard.core.answer;

import java.util.List;

/**
 * What the answer engine makes of a message.
 *
 * @param articleKey the best matching article or announcement, or null when nothing matches
 * @param confidence calibrated confidence of that match, 0..1
 * @param autoAnswer true when the confidence clears the channel's threshold and the bot may
 *     answer on its own
 * @param answer the text to send when {@code autoAnswer}; null otherwise
 * @param suggestions best matches for agents, highest confidence first (at most a few)
 */
public record AnswerDecision(String articleKey, double confidence, boolean autoAnswer, String answer,
        List<Suggestion> suggestions) {

    public AnswerDecision {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public static AnswerDecision none(List<Suggestion> suggestions) {
        return new AnswerDecision(null, 0.0, false, null, suggestions);
    }
}
