package io.switchboard.router.testing;

import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.answer.Suggestion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.dao.CannotAcquireLockException;

/**
 * A knowledge base of two articles: deposits are answered with confidence ("deposit", "充值"),
 * withdrawals only come close ("withdraw", "提现"). The word "explode" makes it fail. "Contended"
 * makes it lose a database lock twice for that text, as a message that meets a staff action on the
 * same rows may, and then answer; "deadlocked" makes it lose the lock every time. "Gated" makes it wait
 * until a test opens the gate ({@link #closeGate}, {@link #openGate}), as a slow decision would.
 */
public class KeywordAnswerEngine implements AnswerEngine {

    public static final String DEPOSIT_ARTICLE = "deposit-arrival";
    public static final String DEPOSIT_ANSWER_EN = "Deposits are credited after 12 network confirmations.";
    public static final String DEPOSIT_ANSWER_ZH = "充值在 12 个网络确认后到账。";
    /** An answer that gives a contact ("hotline"): the trust line goes under it. */
    public static final String HOTLINE_ANSWER_EN = "Our support hotline is +86 400 123 4567, open 24/7.";
    public static final String WITHDRAWAL_ARTICLE = "withdrawal-delay";
    public static final String FAILING_WORD = "explode";
    public static final String CONTENDED_WORD = "contended";
    public static final int CONTENDED_TIMES = 2;
    public static final String DEADLOCKED_WORD = "deadlocked";

    public static final String GATED_WORD = "gated";

    private final Map<String, Integer> lockLosses = new ConcurrentHashMap<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final Semaphore waitingAtGate = new Semaphore(0);

    /** From now on a "gated" question waits until {@link #openGate}. */
    public void closeGate() {
        gate = new CountDownLatch(1);
    }

    public void openGate() {
        gate.countDown();
    }

    /** Waits until a "gated" question is being decided, and so holds its lane. */
    public void awaitSomeoneAtGate() throws InterruptedException {
        if (!waitingAtGate.tryAcquire(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no gated question was decided within 30 s");
        }
    }

    @Override
    public AnswerDecision decide(AnswerQuery query) {
        String text = query.text().toLowerCase(Locale.ROOT);
        if (text.contains(FAILING_WORD)) {
            throw new IllegalStateException("the answer engine exploded");
        }
        if (text.contains(GATED_WORD)) {
            passGate();
        }
        if (text.contains(DEADLOCKED_WORD)
                || text.contains(CONTENDED_WORD) && lockLosses.merge(text, 1, Integer::sum) <= CONTENDED_TIMES) {
            throw new CannotAcquireLockException("deadlock detected while answering");
        }
        if (text.contains("deposit")) {
            return confident(DEPOSIT_ANSWER_EN);
        }
        if (text.contains("hotline")) {
            return confident(HOTLINE_ANSWER_EN);
        }
        if (text.contains("充值")) {
            return confident(DEPOSIT_ANSWER_ZH);
        }
        if (text.contains("withdraw") || text.contains("提现")) {
            return new AnswerDecision(WITHDRAWAL_ARTICLE, 0.41, false, null,
                    List.of(new Suggestion(WITHDRAWAL_ARTICLE, 0.41)));
        }
        return AnswerDecision.none(List.of());
    }

    private void passGate() {
        waitingAtGate.release();
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the gate stayed closed for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static AnswerDecision confident(String answer) {
        return new AnswerDecision(DEPOSIT_ARTICLE, 0.93, true, answer, List.of(new Suggestion(DEPOSIT_ARTICLE, 0.93)));
    }
}
