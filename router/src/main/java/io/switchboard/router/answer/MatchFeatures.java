package io.switchboard.router.answer;

import io.switchboard.router.answer.IntentSignals.Signal;
import java.util.List;
import java.util.Set;

/**
 * What the confidence model sees of one candidate answer to one message.
 *
 * @param score the candidate's BM25 score over all fields
 * @param scoreRatio that score over the most the query's terms could score (0..1)
 * @param margin how far ahead of the best other candidate it is, relative to its own score
 *     (negative when behind)
 * @param coverage the share of the message's words, weighted by rarity, that the candidate
 *     contains
 * @param phrasing the weighted overlap (Jaccard) of the message with the candidate's closest
 *     title or phrasing
 * @param distinctive the share of the message that is the candidate's own vocabulary, and the
 *     share that is another article's and not the candidate's
 * @param signals the intent signals of the message
 * @param asks the question gate's probability that the message asks support for something
 * @param topic the topic model's probability that the message asks about the candidate's topic
 *     (for an announcement, about any topic)
 * @param none the topic model's probability that no topic answers the message
 * @param queryTerms how many distinct words of the message are left after analysis
 */
record MatchFeatures(double score, double scoreRatio, double margin, double coverage, double phrasing,
        CandidateScorer.Distinctive distinctive, Set<Signal> signals, double asks, double topic, double none, int queryTerms) {

    /** Names of {@link #vector()}'s entries, in order; the model file uses them as keys. */
    static final List<String> NAMES = List.of("score", "ratio", "margin", "coverage", "phrasing", "distinct", "contradicted",
            "question",
            "help", "problem", "intent", "chatter", "market", "spam", "elsewhere", "asks", "topic", "none",
            "short");

    double[] vector() {
        return new double[] {
            Math.log1p(score),
            scoreRatio,
            margin,
            coverage,
            phrasing,
            distinctive.present(),
            distinctive.contradicted(),
            flag(Signal.QUESTION),
            flag(Signal.HELP),
            flag(Signal.PROBLEM),
            flag(Signal.QUESTION) + flag(Signal.HELP) + flag(Signal.PROBLEM) > 0 ? 1 : 0,
            flag(Signal.CHATTER),
            flag(Signal.MARKET),
            flag(Signal.SPAM),
            flag(Signal.ELSEWHERE),
            asks,
            topic,
            none,
            queryTerms <= 1 ? 1 : 0
        };
    }

    private double flag(Signal signal) {
        return signals.contains(signal) ? 1 : 0;
    }
}
