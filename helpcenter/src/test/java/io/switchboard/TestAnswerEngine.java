package io.switchboard;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.answer.Suggestion;
import java.util.List;

/**
 * The answer engine of the help center's tests (the router's is not part of them): it fills in the
 * placeholders the pages show, and suggests the articles a test tells it to, for any question. A plain
 * object rather than a mock: the search index and the page caches call it from their own threads while
 * a test sets it up.
 */
public class TestAnswerEngine implements AnswerEngine {

    public static final String EXCHANGE = "TestEx";
    public static final String WEBSITE = "https://www.testex.example";

    private volatile List<Suggestion> suggestions = List.of();

    /** What every question is answered with from now on: suggestions only, never an answer. */
    public void suggest(Suggestion... suggestions) {
        this.suggestions = List.of(suggestions);
    }

    @Override
    public AnswerDecision decide(AnswerQuery query) {
        return AnswerDecision.none(suggestions);
    }

    @Override
    public String fillIn(String articleText) {
        return articleText.replace("{exchange}", EXCHANGE).replace("{website}", WEBSITE);
    }
}
