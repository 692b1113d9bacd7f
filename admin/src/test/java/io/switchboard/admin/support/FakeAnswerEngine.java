package io.switchboard.admin.support;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.answer.Suggestion;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Stands in for the real engine: texts about withdrawals match an article confidently, anything
 * else matches nothing. Remembers the last query so tests can check what the API passed on.
 */
@Component
public class FakeAnswerEngine implements AnswerEngine {

    public static final String ANSWER = "Withdrawals usually arrive within 30 minutes.";
    public static final String EXCHANGE = "NovaEx";

    private volatile AnswerQuery lastQuery;

    @Override
    public AnswerDecision decide(AnswerQuery query) {
        lastQuery = query;
        if (query.text().toLowerCase(Locale.ROOT).contains("withdraw")) {
            return new AnswerDecision("withdrawal-delays", 0.91, true, ANSWER,
                    List.of(new Suggestion("withdrawal-delays", 0.91), new Suggestion("network-fees", 0.42)));
        }
        return AnswerDecision.none(List.of(new Suggestion("contact-support", 0.12)));
    }

    /** The engine's default for public places. */
    @Override
    public double autoAnswerThreshold(AnswerQuery query) {
        return 0.65;
    }

    /** Fills the one placeholder the tests' articles use. */
    @Override
    public String fillIn(String articleText) {
        return articleText.replace("{exchange}", EXCHANGE);
    }

    public AnswerQuery lastQuery() {
        return lastQuery;
    }
}
