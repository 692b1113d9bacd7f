package io.switchboard.bench;

import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.channel.Channel;
import io.switchboard.eval.answer.LabeledMessage;
import io.switchboard.router.answer.DefaultKnowledgeBase;
import io.switchboard.router.answer.KnowledgeAnswerEngine;
import io.switchboard.router.answer.KnowledgeProperties;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Times single {@code decide(...)} calls of the answer engine built from the default knowledge
 * base, as the evaluation command builds it, on the messages of a labeled set, asked as the
 * evaluation asks them (public posts, language detected). The engine caches decisions by text,
 * so the search itself is timed on an engine without a cache, and the cache on its own.
 */
final class MatchBench {

    /** The two paths of a decision. */
    enum Lookup {
        /** Analysis, BM25 search and confidence: a message the engine has not seen. */
        UNCACHED(0),
        /** A message asked before: the cached decision. */
        CACHED(KnowledgeProperties.defaults().cacheSize());

        private final int cacheSize;

        Lookup(int cacheSize) {
            this.cacheSize = cacheSize;
        }
    }

    private final List<AnswerQuery> queries;

    MatchBench(List<LabeledMessage> messages) {
        this.queries = messages.stream()
                .map(m -> new AnswerQuery(m.text(), Channel.fromKey(m.channel()), false, null)).toList();
    }

    /**
     * For each lookup, the unmeasured rounds (the JIT compiles the search path), at least one,
     * in which the cached lookup fills its cache; then the measured ones.
     *
     * @param calls calls a round; at least one for each message
     */
    Map<Lookup, List<MatchRound>> run(int warmupRounds, int rounds, int calls) {
        Map<Lookup, List<MatchRound>> byLookup = new EnumMap<>(Lookup.class);
        for (Lookup lookup : Lookup.values()) {
            try (KnowledgeAnswerEngine engine = engine(lookup)) {
                byLookup.put(lookup, new CallTimer<>(queries, engine::decide, AnswerQuery::text)
                        .run(lookup.toString(), warmupRounds, rounds, calls));
            }
        }
        return byLookup;
    }

    /** An engine over the default knowledge base without announcements, with this lookup's cache. */
    private static KnowledgeAnswerEngine engine(Lookup lookup) {
        KnowledgeProperties d = KnowledgeProperties.defaults();
        return new KnowledgeAnswerEngine(DefaultKnowledgeBase.load(), List.of(),
                new KnowledgeProperties(d.thresholds(), d.exchangeName(), d.website(), d.helpCenterUrl(),
                        d.supportEmail(), d.announcementsUrl(), d.seedDefaults(), lookup.cacheSize, d.suggestions(),
                        d.categoryConfidence(), d.announcementTopics()),
                Clock.systemUTC());
    }

    int messages() {
        return queries.size();
    }
}
