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
}
