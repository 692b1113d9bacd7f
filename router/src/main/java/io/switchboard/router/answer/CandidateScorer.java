package io.switchboard.router.answer;

import io.switchboard.router.answer.IntentSignals.Signal;
import io.switchboard.router.answer.KnowledgeIndex.Catalog;
import io.switchboard.router.answer.KnowledgeIndex.Hit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Computes the {@link MatchFeatures} of search hits and their confidence: the fitted model's,
 * capped by two abstention rules the issue asks for regardless of how well the words match:
 * <ul>
 *   <li>spam and scams (recruiting to DMs, "send 1 get 2 back", link shorteners) are not
 *       answered unless they ask something ("someone DMed me, is that really support?" is a
 *       question about a scam, and the model weighs it);</li>
 *   <li>chatter, market talk or talk about other platforms that neither asks anything, asks for
 *       help nor describes a problem is a statement that merely contains a support word ("just
 *       withdrew my profits lol"), and is not answered;</li>
 *   <li>a question about another platform or general crypto knowledge ("does OKX support TON?",
 *       "proof of work or proof of stake?") is not this exchange's support unless it describes a
 *       problem or asks for help ("sent from Binance, still not credited"). The question gate
 *       cannot learn this from the blind sets: their chatter rarely names another platform.</li>
 * </ul>
 */
final class CandidateScorer {

    static final double SPAM_CAP = 0.02;
    static final double STATEMENT_CAP = 0.1;

    private final ConfidenceModel model;

    CandidateScorer(ConfidenceModel model) {
        this.model = model;
    }

    /**
     * Scores {@code hits}; each one's margin is taken against the best score among {@code rivals}
     * other than itself (for articles the other articles, for announcements the best article).
     *
     * @return highest confidence first
     */
    List<Candidate> score(List<Hit> hits, List<Hit> rivals, Set<String> queryTerms, Set<Signal> signals,
            Learnt learnt, Catalog catalog) {
        List<Candidate> candidates = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            double rival = rivals.stream().filter(other -> !other.entry().id().equals(hit.entry().id()))
                    .mapToDouble(Hit::score).max().orElse(0);
            double margin = hit.score() <= 0 ? -1 : (hit.score() - rival) / hit.score();
            MatchFeatures features = new MatchFeatures(hit.score(), hit.ratio(), margin,
                    coverage(queryTerms, hit.entry(), catalog), closestQuestion(queryTerms, hit.entry(), catalog),
                    Distinctive.of(queryTerms, hit.entry(), catalog), signals, learnt.asks(),
                    learnt.topicOf(hit.entry()), learnt.topics().none(), queryTerms.size());
            candidates.add(new Candidate(hit.entry(), features, Math.min(cap(signals), model.confidence(features))));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::confidence).reversed());
        return candidates;
    }

    static double cap(Set<Signal> signals) {
        boolean asks = signals.contains(Signal.QUESTION) || signals.contains(Signal.HELP);
        if (signals.contains(Signal.SPAM) && !asks) {
            return SPAM_CAP;
        }
        boolean problem = signals.contains(Signal.PROBLEM);
        if (signals.contains(Signal.ELSEWHERE) && !problem && !signals.contains(Signal.HELP)) {
            return STATEMENT_CAP;
        }
        boolean offTopic = signals.contains(Signal.CHATTER) || signals.contains(Signal.MARKET);
        return offTopic && !asks && !problem ? STATEMENT_CAP : 1;
    }

    /** Weighted share of the message's terms the entry contains anywhere. */
    static double coverage(Set<String> queryTerms, IndexedEntry entry, Catalog catalog) {
        double total = 0;
        double found = 0;
        for (String term : queryTerms) {
            double weight = catalog.weight(term);
            total += weight;
            if (entry.terms().contains(term)) {
                found += weight;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /**
     * How much of the message is the entry's own vocabulary, and how much another article's.
     *
     * @param present weighted share of the message's terms distinctive of this entry
     * @param contradicted weighted share of the message's terms distinctive of other articles that
     *     this entry does not hold anywhere: "maker fee" says trading fees, not withdrawal fees
     */
    record Distinctive(double present, double contradicted) {

        static Distinctive of(Set<String> queryTerms, IndexedEntry entry, Catalog catalog) {
            double total = 0;
            double present = 0;
            double contradicted = 0;
            for (String term : queryTerms) {
                double weight = catalog.weight(term);
                total += weight;
                Set<String> holders = catalog.distinctiveOf(term);
                if (holders.contains(entry.id())) {
                    present += weight;
                } else if (!holders.isEmpty() && !entry.terms().contains(term)) {
                    contradicted += weight;
                }
            }
            return total == 0 ? new Distinctive(0, 0) : new Distinctive(present / total, contradicted / total);
        }
    }

    /** Weighted Jaccard overlap of the message with the entry's closest title or phrasing. */
    static double closestQuestion(Set<String> queryTerms, IndexedEntry entry, Catalog catalog) {
        double best = 0;
        for (Set<String> question : entry.questions()) {
            double shared = 0;
            double union = 0;
            for (String term : queryTerms) {
                double weight = catalog.weight(term);
                union += weight;
                if (question.contains(term)) {
                    shared += weight;
                }
            }
            for (String term : question) {
                if (!queryTerms.contains(term)) {
                    union += catalog.weight(term);
                }
            }
            if (union > 0) {
                best = Math.max(best, shared / union);
            }
        }
        return best;
    }

    /**
     * What the learnt models read in the message: the question gate's probability that it asks,
     * and the topic model's probabilities of the topics.
     */
    record Learnt(double asks, TopicModel.Reading topics) {

        /** An article's topic is its key; an announcement is news about some topic. */
        double topicOf(IndexedEntry entry) {
            return entry.isAnnouncement() ? 1 - topics.none() : topics.of(entry.id());
        }
    }
}
