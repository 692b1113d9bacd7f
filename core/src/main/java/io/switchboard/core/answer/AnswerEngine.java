package io.switchboard.core.answer;

/**
 * Finds the knowledge-base article or announcement that answers a message, and says how sure it
 * is. The router decides with it; the admin API exposes it as {@code GET /api/kb/match}.
 */
public interface AnswerEngine {

    AnswerDecision decide(AnswerQuery query);

    /**
     * An article's text as the engine would send it, its placeholders ({@code {exchange}}...) filled
     * in: what staff start a canned reply with.
     */
    default String fillIn(String articleText) {
        return articleText;
    }

    /**
     * The confidence from which the engine answers {@code query} on its own (it depends on the channel
     * and on a private chat); below it, a suggestion is for an agent to judge. An engine that never
     * answers by itself keeps the default, 1.
     */
    default double autoAnswerThreshold(AnswerQuery query) {
        return 1.0;
    }
}
