package io.switchboard.router.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.core.announcement.AnnouncementCategory;
import io.switchboard.core.announcement.AnnouncementContent;
import io.switchboard.core.announcement.AnnouncementText;
import io.switchboard.core.answer.AnswerDecision;
import io.switchboard.core.answer.AnswerEngine;
import io.switchboard.core.answer.AnswerQuery;
import io.switchboard.core.answer.Suggestion;
import io.switchboard.core.channel.Channel;
import io.switchboard.core.knowledge.ArticleContent;
import io.switchboard.router.answer.CandidateScorer.Learnt;
import io.switchboard.router.answer.IntentSignals.Signal;
import io.switchboard.router.answer.KnowledgeIndex.Hit;
import io.switchboard.router.answer.KnowledgeIndex.QueryTerms;
import io.switchboard.router.language.LanguageDetector;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The answer engine: BM25 search (Lucene) over the knowledge base and the current
 * announcements, a calibrated confidence for the best matches, the question gate, and the
 * auto-answer rule.
 *
 * <p>Plain Java: build it from a list of articles and announcements (the evaluation command and
 * the benchmark do), or let {@code AnswerEngineConfiguration} build it from the database. Changes
 * ({@link #putArticle}, {@link #removeArticle}...) reindex one entry and are visible to the next
 * {@link #decide}; searches never wait for them. Recent decisions are cached until anything
 * changes or an announcement starts or expires.
 */
public final class KnowledgeAnswerEngine implements AnswerEngine, AutoCloseable {

    /** How many hits feed the confidence model; suggestions come from these. */
    private static final int CANDIDATES = 8;
    /**
     * Announcements within this much confidence of the best one count as equally relevant, and
     * among those the newest wins: members want the latest news, not the best-worded one.
     */
    private static final double ANNOUNCEMENT_TIE = 0.15;
    /** Announcements covering this much less of the message than the best one name something else. */
    private static final double COVERAGE_TIE = 0.05;

    private final EngineResources resources;
    private final GateFeatures gateFeatures;
    private final CandidateScorer scorer;
    private final KnowledgeIndex index;
    private final KnowledgeProperties properties;
    private final Clock clock;
    private final Cache<CacheKey, AnswerDecision> decisions;
    /** Until then the cached decisions stay true; then an announcement starts or ends. */
    private volatile Instant cacheValidUntil = Instant.MIN;

    public KnowledgeAnswerEngine(Collection<ArticleContent> articles, Collection<AnnouncementContent> announcements,
            KnowledgeProperties properties, Clock clock) {
        this(EngineResources.load(), articles, announcements, properties, clock);
    }

    /**
     * An engine with other fitted models than its resources': what the eval module's
     * cross-validation measures, each fold with the models fitted on the other folds.
     */
    public static KnowledgeAnswerEngine withModels(ConfidenceModel model, QuestionGate gate, TopicModel topics,
            Collection<ArticleContent> articles, KnowledgeProperties properties, Clock clock) {
        return new KnowledgeAnswerEngine(EngineResources.load().with(model, gate, topics), articles, List.of(), properties,
                clock);
    }

    KnowledgeAnswerEngine(EngineResources resources, Collection<ArticleContent> articles,
            Collection<AnnouncementContent> announcements, KnowledgeProperties properties, Clock clock) {
        this.resources = resources;
        this.gateFeatures = new GateFeatures(resources.reader(), resources.signals());
        this.scorer = new CandidateScorer(resources.model());
        this.index = new KnowledgeIndex(resources.reader());
        this.properties = properties;
        this.clock = clock;
        this.decisions = Caffeine.newBuilder().maximumSize(properties.cacheSize()).build();
        index.put(Stream.concat(
                articles.stream().map(article -> IndexedEntry.of(article, resources.reader())),
                announcements.stream().map(announcement -> IndexedEntry.of(announcement, resources.reader())))
                .toList());
    }

    @Override
    public double autoAnswerThreshold(AnswerQuery query) {
        return properties.thresholds().of(query.channel(), query.privateChat());
    }

    @Override
    public AnswerDecision decide(AnswerQuery query) {
        String folded = resources.reader().fold(query.text());
        // the question's own language wins over the member's setting when it is clear
        String language = LanguageDetector.resolve(query.language(), query.text()).code();
        CacheKey key = new CacheKey(folded, language, query.channel(), query.privateChat());
        expireCacheIfAnnouncementsChanged();
        return decisions.get(key, k -> compute(query, folded, language));
    }

    /** The article as indexed now, if there is one with that key. */
    Optional<ArticleContent> article(String key) {
        return Optional.ofNullable(index.catalog().entries().get(key)).map(IndexedEntry::article);
    }

    /** Adds or replaces an article; the next decision sees it. */
    public void putArticle(ArticleContent article) {
        index.put(List.of(IndexedEntry.of(article, resources.reader())));
        decisions.invalidateAll();
    }

    public void removeArticle(String key) {
        index.remove(key);
        decisions.invalidateAll();
    }

    /** Adds or replaces an announcement (it must have its id). */
    public void putAnnouncement(AnnouncementContent announcement) {
        index.put(List.of(IndexedEntry.of(announcement, resources.reader())));
        invalidateAll();
    }

    public void removeAnnouncement(long id) {
        index.remove(IndexedEntry.announcementId(id));
        invalidateAll();
    }

    private void invalidateAll() {
        cacheValidUntil = Instant.MIN;
        decisions.invalidateAll();
    }

    /**
     * What the confidence model is fitted on (the calibration command of the eval module): the
     * {@code limit} candidates for a message with the highest search scores, each with its
     * features as the model reads them.
     */
    public List<CandidateFeatures> bestSearchMatches(AnswerQuery query, int limit) {
        String folded = resources.reader().fold(query.text());
        String normalized = resources.reader().normalize(query.text());
        Set<Signal> signals = resources.signals().read(folded);
        return candidates(query, normalized, signals, learnt(folded, normalized, signals)).stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> c.features().score()).reversed())
                .limit(limit)
                .map(candidate -> new CandidateFeatures(candidate.id(), candidate.features().vector()))
                .toList();
    }

    /** The candidates for a message, best first: what the decision and the calibration use. */
    List<Candidate> candidates(AnswerQuery query, String normalized, Set<Signal> signals, Learnt learnt) {
        QueryTerms terms = QueryTerms.of(resources.reader(), normalized);
        Set<String> queryTerms = terms.comparable(normalized);
        KnowledgeIndex.Catalog catalog = index.catalog();

        List<Hit> articleHits = index.articles(terms, CANDIDATES);
        List<Candidate> candidates = new ArrayList<>(
                scorer.score(articleHits, articleHits, queryTerms, signals, learnt, catalog));
        List<Hit> announcementHits = index.announcements(terms, clock.instant(), CANDIDATES);
        if (!announcementHits.isEmpty()) {
            List<Hit> bestArticleHit = articleHits.isEmpty() ? List.of() : List.of(articleHits.get(0));
            List<Candidate> announcements =
                    scorer.score(announcementHits, bestArticleHit, queryTerms, signals, learnt, catalog);
            newestRelevant(announcements, candidates, Names.of(query.text()))
                    .ifPresent(announcement -> candidates.add(0, announcement));
        }
        return candidates;
    }

    /**
     * The announcement to answer with, if any. When the best article's topic is one the
     * announcement's category covers ({@code announcement-topics}) and the announcement is about
     * what the message asks (see {@link #isAbout}), the question is about that news: the
     * announcement answers with the confidence that one of the topics its category covers is
     * meant (their confidences summed: "my XRP deposit hasn't arrived, is there maintenance?" is
     * either the missing deposit or the maintenance, and the XRP maintenance answers both).
     * Otherwise an announcement only answers on its own confidence, when that beats the article's.
     * Among the relevant ones (those naming as much of the message as the best of them) the newest
     * wins.
     *
     * @param articles the articles' candidates, best first
     */
    private Optional<Candidate> newestRelevant(List<Candidate> announcements, List<Candidate> articles, Names asked) {
        Candidate topic = articles.isEmpty() ? null : articles.get(0);
        List<Candidate> promoted = new ArrayList<>();
        if (topic != null) {
            for (Candidate announcement : announcements) {
                AnnouncementCategory category = announcement.entry().announcement().category();
                if (properties.coversTopic(category, topic.id()) && isAbout(announcement, topic, asked)) {
                    double covered = articles.stream().filter(article -> properties.coversTopic(category, article.id()))
                            .mapToDouble(Candidate::confidence).sum();
                    promoted.add(new Candidate(announcement.entry(), announcement.features(),
                            Math.min(1, Math.max(announcement.confidence(), covered))));
                }
            }
        }
        double mostCovered = promoted.stream().mapToDouble(c -> c.features().coverage()).max().orElse(0);
        List<Candidate> relevant = promoted.stream()
                .filter(candidate -> candidate.features().coverage() >= mostCovered - COVERAGE_TIE)
                .toList();
        if (relevant.isEmpty()) {
            double best = announcements.get(0).confidence();
            double needed = topic == null ? 0 : topic.confidence();
            relevant = announcements.stream()
                    .filter(candidate -> candidate.confidence() >= best - ANNOUNCEMENT_TIE)
                    .filter(candidate -> candidate.confidence() > needed)
                    .toList();
        }
        return relevant.stream().max(Comparator
                .comparing((Candidate candidate) -> candidate.entry().announcement().publishedAt())
                .thenComparing(candidate -> candidate.entry().announcement().id()));
    }

    /**
     * Whether an announcement of the topic's kind is about what the message asks: it names what the
     * message mentions (the coin or network: "XRP" in "我的XRP充值怎么一直不到账，是在维护吗"), or, when
     * the message names nothing the announcement does not, it holds as much of the message as the
     * topic's article. Names decide because a short notice cannot share the everyday words of a
     * question ("why", "still", "arrived") that an article with many phrasings has.
     */
    private static boolean isAbout(Candidate announcement, Candidate topic, Names asked) {
        Names announced = Names.of(announcement.entry().announcement().texts().values().stream()
                .map(text -> text.title() + "\n" + text.body()).collect(Collectors.joining("\n")));
        if (asked.mentionsAnyNameOf(announced)) {
            return true;
        }
        return !asked.namesSomethingNotIn(announced)
                && announcement.features().coverage() >= topic.features().coverage();
    }

    /** The question gate's and the topic model's reading of the message: both read the same features. */
    private Learnt learnt(String folded, String normalized, Set<Signal> signals) {
        Set<String> features = gateFeatures.of(folded, normalized, signals);
        return new Learnt(resources.gate().probability(features), resources.topics().read(features));
    }

    /**
     * The decision. The {@link QuestionGate}'s and the {@link TopicModel}'s probabilities are
     * already in each candidate's confidence (features of the model); when the gate says the
     * message does not ask, the best match's confidence is capped below any threshold: it is not
     * answered, but keeps its suggestions for agents.
     */
    private AnswerDecision compute(AnswerQuery query, String folded, String language) {
        Set<Signal> signals = resources.signals().read(folded);
        String normalized = resources.reader().normalize(query.text());
        Learnt learnt = learnt(folded, normalized, signals);
        List<Candidate> candidates = candidates(query, normalized, signals, learnt);
        List<Suggestion> suggestions = candidates.stream().limit(properties.suggestions())
                .map(candidate -> new Suggestion(candidate.id(), round(candidate.confidence()))).toList();
        if (candidates.isEmpty()) {
            return AnswerDecision.none(suggestions);
        }
        Candidate best = candidates.get(0);
        double confidence = best.confidence();
        if (learnt.asks() < resources.gate().threshold(query.privateChat())) {
            confidence = Math.min(confidence, CandidateScorer.STATEMENT_CAP);
        }
        double threshold = autoAnswerThreshold(query);
        boolean autoAnswer = confidence >= threshold;
        return new AnswerDecision(best.id(), round(confidence), autoAnswer,
                autoAnswer ? render(best.entry(), language) : null, suggestions);
    }

    private String render(IndexedEntry entry, String language) {
        String text;
        if (entry.isAnnouncement()) {
            AnnouncementText announcement = entry.announcement().text(language);
            text = announcement.title() + "\n\n" + announcement.body();
        } else {
            text = entry.article().variant(language).body();
        }
        return fillIn(text);
    }

    @Override
    public String fillIn(String articleText) {
        String text = articleText;
        for (Map.Entry<String, String> placeholder : properties.placeholders().entrySet()) {
            text = text.replace(placeholder.getKey(), placeholder.getValue());
        }
        return text;
    }

    private void expireCacheIfAnnouncementsChanged() {
        Instant now = clock.instant();
        if (now.isBefore(cacheValidUntil)) {
            return;
        }
        decisions.invalidateAll();
        cacheValidUntil = index.catalog().entries().values().stream()
                .filter(IndexedEntry::isAnnouncement)
                .map(IndexedEntry::announcement)
                .flatMap(announcement -> Stream.of(announcement.publishedAt(), announcement.expiresAt()))
                .filter(at -> at != null && at.isAfter(now))
                .min(Comparator.naturalOrder())
                .orElse(Instant.MAX);
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }

    @Override
    public void close() {
        index.close();
    }

    private record CacheKey(String folded, String language, Channel channel, boolean privateChat) {
    }
}
