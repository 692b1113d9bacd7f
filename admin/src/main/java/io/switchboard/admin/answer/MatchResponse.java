package io.switchboard.admin.answer;

import io.switchboard.core.answer.AnswerDecision;
import java.util.List;

/**
 * What the answer engine makes of a text:
 * {@code {"articleKey", "confidence", "autoAnswer", "answer", "suggestions": [{"articleKey", "confidence"}]}}.
 * Its own type, so that the API's shape does not change when the engine's record does.
 *
 * @param articleKey the best match, or null when nothing matches
 * @param answer the reply the bot would send; null unless {@code autoAnswer}
 */
record MatchResponse(String articleKey, double confidence, boolean autoAnswer, String answer,
        List<SuggestionView> suggestions) {

    static MatchResponse from(AnswerDecision decision) {
        return new MatchResponse(decision.articleKey(), decision.confidence(), decision.autoAnswer(),
                decision.answer(), decision.suggestions().stream()
                        .map(suggestion -> new SuggestionView(suggestion.articleKey(), suggestion.confidence()))
                        .toList());
    }

    record SuggestionView(String articleKey, double confidence) {
    }
}
