package io.switchboard.core.answer;

/** What a member pressed under a {@link BotAnswer}. */
public enum AnswerOutcome {
    /** "Yes", it solved it: the thread is resolved by the bot. */
    YES,
    /** "No": a ticket is opened with the question and the answer given. */
    NO,
    /** "Talk to a human" under an offer: a ticket is opened. */
    HUMAN,
    /** One of an offer's articles: it is sent as the answer, which gets its own Yes / No. */
    PICKED
}
